package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.omicsbatch.model.InlineSetting;

/**
 * Packs the runs of an import ({@link RunFields#build}) on a thread of its own while the importing
 * thread checks the next rows: packing a run's text is a fifth of an import, and it needs nothing
 * but the run's own values, so it can trail behind. Runs come out in the order they went in.
 * Packing reports nothing (every problem is found while the row is checked), so the problem list
 * is made on the importing thread alone, in the order it always had.
 *
 * <p>One packer ({@link ParameterPacker}) serves the line and is used by its thread only.
 */
final class PackingLine {
    private static final int BATCH = 256;
    /** Runs packed on the importing thread before the packing thread starts: below this a thread costs more than it saves. */
    static final int INLINE_RUNS = 2048;
    private static final List<RunFields> END = List.of();

    private final ParameterPacker packer;
    private final BlockingQueue<List<RunFields>> queue = new ArrayBlockingQueue<>(8);
    private final List<InlineSetting> runs = new ArrayList<>();
    private List<RunFields> filling = new ArrayList<>(BATCH);
    private Thread thread;
    private volatile Throwable failure;

    PackingLine(ParameterPacker packer) {
        this.packer = packer;
    }

    /** Queues a checked run to be packed; the first {@link #INLINE_RUNS} are packed at once, no thread for a small sheet. */
    void add(RunFields run) {
        if (thread == null && runs.size() < INLINE_RUNS) {
            runs.add(run.build(packer)); // before the thread starts, so it sees this packer's state
            return;
        }
        filling.add(run);
        if (filling.size() == BATCH) {
            hand(filling);
            filling = new ArrayList<>(BATCH);
        }
    }

    /** Every run packed, in order; waits for the thread to finish them. */
    List<InlineSetting> finish() {
        if (thread == null) {
            filling.forEach(f -> runs.add(f.build(packer))); // a small sheet: no thread needed
            filling.clear();
            return runs;
        }
        hand(filling);
        filling = new ArrayList<>();
        hand(END);
        join();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return runs;
    }

    /** Stops the thread when the import ends early (cancelled, or an error while reading). */
    void stop() {
        if (thread != null && thread.isAlive()) {
            thread.interrupt();
            join();
        }
    }

    private void hand(List<RunFields> batch) {
        if (thread == null) {
            thread = new Thread(this::packAll, "packing runs");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return; // it failed: finish() reports why
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    private void packAll() {
        try {
            for (List<RunFields> batch = queue.take(); batch != END; batch = queue.take()) {
                for (RunFields f : batch) {
                    runs.add(f.build(packer));
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear(); // whoever waits to hand over more gets through to finish() and the failure
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
