package org.omicsbatch.submit;

import java.time.Duration;
import org.omicsbatch.task.Progress;

/**
 * Spaces calls at least {@code interval} apart: a full sync of 100,000 runs is about 2,000 list
 * pages, which must stay within the service's request rate rather than trip its throttling.
 */
final class Pacer {
    private final long intervalNanos;
    private long last;

    Pacer(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    synchronized void await(Progress progress) {
        progress.checkCancelled();
        long wait = last + intervalNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Progress.Cancelled();
            }
        }
        last = System.nanoTime();
    }
}
