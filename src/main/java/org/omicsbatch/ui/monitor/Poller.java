package org.omicsbatch.ui.monitor;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.omicsbatch.task.Progress;

/**
 * Polls off the FX thread and hands each result (or failure) to the FX thread. The pause grows
 * while nothing changes and after errors (throttling, a dropped network), and drops back to the
 * base interval as soon as something moves, so a quiet batch costs few calls and a busy one is
 * followed closely.
 */
final class Poller {
    private final Function<Progress, MonitorSnapshot> poll;
    private final Consumer<Runnable> fx;
    private final Duration base;
    private final Duration max;
    private final Consumer<MonitorSnapshot> onSnapshot;
    private final Consumer<RuntimeException> onError;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "batch-monitor-poll");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopped;
    private volatile long delayMillis;
    private ScheduledFuture<?> next;

    Poller(Function<Progress, MonitorSnapshot> poll, Consumer<Runnable> fx, Duration base, Duration max,
            Consumer<MonitorSnapshot> onSnapshot, Consumer<RuntimeException> onError) {
        this.poll = poll;
        this.fx = fx;
        this.base = base;
        this.max = max;
        this.onSnapshot = onSnapshot;
        this.onError = onError;
        this.delayMillis = base.toMillis();
    }

    /** Polls now, then keeps polling until {@link #stop()}. */
    synchronized void start() {
        schedule(0);
    }

    /** Polls as soon as possible (after an action, or Refresh) and resets the pause. */
    synchronized void pollSoon() {
        delayMillis = base.toMillis();
        if (next != null) {
            next.cancel(false);
        }
        schedule(0);
    }

    void stop() {
        stopped = true;
        thread.shutdownNow();
    }

    /** Waits, at most {@code millis}, for a poll under way to end (it may be writing the journal). */
    boolean awaitStopped(long millis) throws InterruptedException {
        return thread.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    long currentDelayMillis() {
        return delayMillis;
    }

    private synchronized void schedule(long millis) {
        if (!stopped) {
            next = thread.schedule(this::pollOnce, millis, TimeUnit.MILLISECONDS);
        }
    }

    private void pollOnce() {
        Progress progress = Progress.cancelledWhen(() -> stopped);
        try {
            MonitorSnapshot snapshot = poll.apply(progress);
            delayMillis = snapshot.runsChanged() ? base.toMillis() : grow(1.5);
            fx.accept(() -> onSnapshot.accept(snapshot));
            if (snapshot.core().deleted() || snapshot.batch() != null && snapshot.batch().status() != null
                    && snapshot.batch().status().isTerminal() && !snapshot.runsChanged()) {
                return; // final state seen and listed (or gone): nothing changes unless the user acts
            }
        } catch (Progress.Cancelled stop) {
            return;
        } catch (RuntimeException e) {
            delayMillis = grow(2);
            fx.accept(() -> onError.accept(e));
        }
        schedule(delayMillis);
    }

    private long grow(double factor) {
        return Math.min(max.toMillis(), Math.max(base.toMillis(), (long) (delayMillis * factor)));
    }
}
