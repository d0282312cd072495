package org.omicsbatch.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.omicsbatch.task.Progress;

/**
 * One piece of long work for the desktop app: what to run off the FX thread and what to do with its
 * result on the FX thread. The work itself is plain core code that sees only {@link Progress}, so the
 * same call serves the command line. Handlers run on the FX thread; a cancelled task calls none of
 * success or failure, only {@link #onCancelled}.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work: runs on a background thread, reports through {@code progress}, may be cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** {@code title} names the work in the status bar, e.g. "Listing workflows". */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler the executor's default one shows the error to the user. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancel (e.g. to clear a "busy" flag). */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    /** Returns false when the task has no failure handler of its own. */
    boolean failed(Throwable error) {
        try {
            if (onFailure == null) {
                return false;
            }
            onFailure.accept(error);
            return true;
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }

    /** True when {@code error} is the core's way of saying "the user cancelled". */
    static boolean isCancellation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Progress.Cancelled || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
