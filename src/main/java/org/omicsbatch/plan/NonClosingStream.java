package org.omicsbatch.plan;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The caller owns the stream: Jackson closing its generator must only flush it. */
final class NonClosingStream extends FilterOutputStream {
    NonClosingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
