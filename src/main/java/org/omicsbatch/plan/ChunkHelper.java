package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/**
 * Makes every second piece (1, 3, 5, …) of a settings file on a thread of its own, a little ahead of
 * the writer, which makes the others and writes all of them in order: turning runs into JSON is most
 * of writing the file, and pieces of runs need nothing from each other. Closing stops the thread
 * (a cancelled or failed write).
 */
final class ChunkHelper implements AutoCloseable {
    private static final Object END = new Object();

    private final List<InlineSetting> runs;
    private final int chunks;
    /** Finished pieces (byte arrays) in order, or the failure that ended the thread. */
    private final BlockingQueue<Object> done = new ArrayBlockingQueue<>(2);
    private final Thread thread;

    ChunkHelper(List<InlineSetting> runs, int chunks) {
        this.runs = runs;
        this.chunks = chunks;
        this.thread = new Thread(this::makeAll, "settings file pieces");
        thread.setDaemon(true);
        thread.start();
    }

    private void makeAll() {
        try {
            SerializerProvider context = Json.mapper().getSerializerProviderInstance();
            for (int k = 1; k < chunks; k += 2) {
                ByteArrayOutputStream piece = new ByteArrayOutputStream(16 * 1024);
                SettingsFileWriter.chunk(runs, k, piece, context);
                done.put(piece.toByteArray());
            }
            done.put(END);
        } catch (InterruptedException e) {
            // closed
        } catch (IOException | RuntimeException | Error e) {
            try {
                done.put(e);
            } catch (InterruptedException closed) {
                // closed meanwhile
            }
        }
    }

    /** The next odd piece, in order; rethrows what stopped the thread. */
    byte[] next() throws IOException {
        Object o;
        try {
            o = done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the settings file");
        }
        if (o instanceof byte[] piece) {
            return piece;
        }
        if (o instanceof IOException io) {
            throw io;
        }
        if (o instanceof RuntimeException r) {
            throw r;
        }
        if (o instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException("the settings file has fewer pieces than runs"));
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
