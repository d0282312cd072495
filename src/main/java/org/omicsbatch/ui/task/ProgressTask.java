package org.omicsbatch.ui.task;

import javafx.concurrent.Task;
import org.omicsbatch.task.Progress;

/**
 * A JavaFX task that is also the core's {@link Progress}: core loops report into the task's
 * progress and message properties (JavaFX coalesces those updates onto the FX thread) and see the
 * user's Cancel through {@link #isCancelled()}.
 */
final class ProgressTask<T> extends Task<T> implements Progress {
    private final BackgroundTask<T> background;

    ProgressTask(BackgroundTask<T> background) {
        this.background = background;
        updateTitle(background.title());
        updateMessage(background.title() + "…");
    }

    @Override
    protected T call() throws Exception {
        return background.call(this);
    }

    @Override
    public void update(long done, long total, String message) {
        if (total < 0) {
            updateProgress(-1, -1);
        } else {
            updateProgress(done, total);
        }
        if (message != null) {
            updateMessage(message);
        }
    }
}
