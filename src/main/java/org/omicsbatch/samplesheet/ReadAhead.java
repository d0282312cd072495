package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads records on a thread of its own, a few batches ahead of the caller, so that splitting a big
 * sheet into values (a third of an import) runs on the machine's second core while the caller turns
 * the previous rows into runs. The caller sees exactly the records, and the errors, that the source
 * gives, in the same order: this only moves where the source's {@code next()} runs.
 *
 * <p>Closing stops the thread (a cancelled import closes its table) and then the source.
 */
final class ReadAhead implements Records {
    static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 4;

    /** A batch of records, or how the source ended: {@code records} empty at the end, or {@code error}. */
    private record Batch(List<RecordReader.SheetRecord> records, Throwable error) {
    }

    private final Records source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private List<RecordReader.SheetRecord> current = List.of();
    private int next;
    private boolean ended;

    ReadAhead(Records source, String name) {
        this.source = source;
        this.thread = new Thread(this::readAll, "read ahead: " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll() {
        List<RecordReader.SheetRecord> batch = new ArrayList<>(BATCH);
        try {
            while (true) {
                RecordReader.SheetRecord r = null;
                while (batch.size() < BATCH && (r = source.next()) != null) {
                    batch.add(r);
                }
                if (!batch.isEmpty()) {
                    queue.put(new Batch(batch, null));
                    batch = new ArrayList<>(BATCH);
                }
                if (r == null) {
                    queue.put(new Batch(List.of(), null));
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed: nobody reads on
        } catch (IOException | RuntimeException | Error e) {
            try {
                if (!batch.isEmpty()) {
                    queue.put(new Batch(batch, null)); // the records read before the error come first
                }
                queue.put(new Batch(List.of(), e));
            } catch (InterruptedException closed) {
                // closed meanwhile
            }
        }
    }

    @Override
    public RecordReader.SheetRecord next() throws IOException {
        while (next >= current.size()) {
            if (ended) {
                return null;
            }
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the sheet");
            }
            if (b.error() != null) {
                ended = true;
                throw rethrow(b.error());
            }
            ended = b.records().isEmpty();
            current = b.records();
            next = 0;
        }
        return current.get(next++);
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException io) {
            return io; // a CharacterCodingException stays one: it makes the import read the file again
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
