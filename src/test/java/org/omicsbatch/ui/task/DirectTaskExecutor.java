package org.omicsbatch.ui.task;

import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.task.Progress;

/**
 * Runs background tasks on the calling thread, for view-model tests without a stage. Failures
 * without a handler are collected so a test can assert on them.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    public final List<Throwable> unhandled = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        titles.add(task.title());
        T value;
        try {
            value = task.call(Progress.NONE);
        } catch (Exception | Error e) {
            if (BackgroundTask.isCancellation(e)) {
                task.cancelled();
            } else if (!task.failed(e)) {
                unhandled.add(e);
            }
            return done();
        }
        task.succeeded(value);
        return done();
    }

    private static TaskHandle done() {
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
