package org.omicsbatch.ui.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The app's one executor of long work. Each {@link BackgroundTask} becomes a JavaFX {@link Task} on
 * a daemon thread; the task is the core's {@link org.omicsbatch.task.Progress}, so a core loop's
 * progress and the user's Cancel meet without the core knowing JavaFX. Results and errors reach the
 * handlers on the FX thread (the Task does the {@code Platform.runLater}).
 *
 * <p>The running tasks are observable, so the status bar can show the newest one with its progress
 * and a Cancel button.
 */
public final class UiTaskExecutor implements TaskExecutor {
    private final ExecutorService threads;
    private final ObservableList<Worker<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Worker<?>> current = new ReadOnlyObjectWrapper<>();
    private BiConsumer<String, Throwable> defaultFailureHandler = (title, error) -> { };

    public UiTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "background-task-" + count.incrementAndGet());
            thread.setDaemon(true); // a stuck network call must never keep the app from closing
            return thread;
        });
    }

    /** Called with the task's title and error when a task has no failure handler of its own. */
    public void setDefaultFailureHandler(BiConsumer<String, Throwable> handler) {
        this.defaultFailureHandler = Objects.requireNonNull(handler);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> background) {
        ProgressTask<T> task = new ProgressTask<>(background);
        task.setOnSucceeded(event -> finish(task, () -> background.succeeded(task.getValue())));
        task.setOnCancelled(event -> finish(task, background::cancelled));
        task.setOnFailed(event -> finish(task, () -> {
            Throwable error = task.getException();
            if (BackgroundTask.isCancellation(error)) {
                background.cancelled();
            } else if (!background.failed(error)) {
                defaultFailureHandler.accept(background.title(), error);
            }
        }));
        runOnFx(() -> {
            running.add(task);
            current.set(task);
        });
        threads.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void finish(Task<?> task, Runnable handler) {
        running.remove(task);
        current.set(running.isEmpty() ? null : running.get(running.size() - 1));
        handler.run();
    }

    /** The tasks still running, oldest first. FX thread only. */
    public ObservableList<Worker<?>> running() {
        return running;
    }

    /** The newest running task, or null when idle. */
    public ReadOnlyObjectProperty<Worker<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Cancels every running task (closing the app). */
    public void cancelAll() {
        runOnFx(() -> running.forEach(Worker::cancel));
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
