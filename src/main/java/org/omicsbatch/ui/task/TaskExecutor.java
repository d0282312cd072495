package org.omicsbatch.ui.task;

/**
 * Runs {@link BackgroundTask}s. View models receive one in their constructor, so tests can pass an
 * executor that runs the work directly while the app passes {@link UiTaskExecutor}.
 */
public interface TaskExecutor {

    /** Starts the task; the handle cancels it. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** A started task. */
    interface TaskHandle {
        /** Asks the work to stop; its {@code onCancelled} handler runs once it has. */
        void cancel();

        boolean isDone();
    }
}
