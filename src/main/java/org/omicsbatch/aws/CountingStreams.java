package org.omicsbatch.aws;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * A byte range of a file as a fresh stream per attempt (the SDK asks again on a retry, and to sign
 * the payload over plain HTTP), reporting bytes sent and stopping when the user cancels.
 */
final class CountingStreams implements ContentStreamProvider {
    private final Path file;
    private final long offset;
    private final long length;
    private final Progress progress;
    private final long doneBefore;
    private final long total;

    CountingStreams(Path file, long offset, long length, Progress progress, long doneBefore, long total) {
        this.file = file;
        this.offset = offset;
        this.length = length;
        this.progress = progress;
        this.doneBefore = doneBefore;
        this.total = total;
    }

    @Override
    public InputStream newStream() {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new Counting(Channels.newInputStream(channel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Counting extends FilterInputStream {
        private long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (progress.isCancelled()) {
                throw new IOException("upload cancelled");
            }
            long left = length - read;
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                read += n;
                progress.update(doneBefore + read, total, "uploading " + file.getFileName());
            }
            return n;
        }
    }
}
