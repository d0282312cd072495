package org.omicsbatch.submit;

import org.omicsbatch.task.Progress;

/**
 * Keeps one operation within a request rate: on average {@code 1/rate} apart, each call reserving its
 * slot before it sleeps, so the wait overlaps the previous call's round trip instead of adding to it.
 * A token bucket of two: after a reply slower than the interval, one call may follow at once to make
 * up for it, so no second ever holds more than {@code rate + 1} calls and a slow moment does not
 * lower the average. HealthOmics sets its API quotas per operation (transactions per second, per
 * account and Region), so each operation has its own pacer and two operations can run side by side.
 */
final class Pacer {
    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    /** {@code perSecond} ≤ 0 or infinite: no pacing. */
    Pacer(double perSecond) {
        this.intervalNanos = perSecond <= 0 || Double.isInfinite(perSecond) ? 0 : Math.round(1e9 / perSecond);
    }

    void await(Progress progress) {
        progress.checkCancelled();
        if (Thread.currentThread().isInterrupted()) {
            throw new Progress.Cancelled(); // the other listing failed: this one stops at its next page
        }
        if (intervalNanos == 0) {
            return;
        }
        long wait = reserve(System.nanoTime());
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Progress.Cancelled();
            }
        }
    }

    /** Takes the next free slot at or after {@code now}; returns how long to wait for it. */
    private synchronized long reserve(long now) {
        long due = next == Long.MIN_VALUE ? now : next; // when the bucket would be full again
        long slot = Math.max(now, due - intervalNanos); // one token of slack: the bucket holds two
        next = Math.max(due, slot) + intervalNanos;
        return slot - now;
    }
}
