package org.omicsbatch.ui.wizard.runs;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.omicsbatch.task.Progress;

/**
 * How the Runs and Review steps run long work (import, validation, rendering, export): off the FX
 * thread with progress and cancel, results handed back on the FX thread. The one place to swap for
 * the shell's shared task executor.
 */
public interface StepWork {

    /**
     * Starts {@code work}; {@code done} gets its result, {@code failed} a sentence for the user.
     * A cancelled job calls neither.
     */
    <T> StepJob submit(String title, Function<Progress, T> work, Consumer<T> done, Consumer<String> failed);

    /** Background threads, results on the FX thread. */
    static StepWork fx() {
        return new StepWork() {
            @Override
            public <T> StepJob submit(String title, Function<Progress, T> work, Consumer<T> done,
                    Consumer<String> failed) {
                StepJob job = new StepJob();
                job.report(0, -1, title);
                Task<T> task = new Task<>() {
                    @Override
                    protected T call() {
                        return work.apply(job.asProgress(Platform::runLater));
                    }
                };
                task.setOnSucceeded(e -> {
                    job.finished();
                    if (!job.isCancelled()) {
                        done.accept(task.getValue());
                    }
                });
                task.setOnFailed(e -> {
                    job.finished();
                    if (!(task.getException() instanceof Progress.Cancelled)) {
                        failed.accept(describe(title, task.getException()));
                    }
                });
                Thread thread = new Thread(task, "omicsbatch-" + title);
                thread.setDaemon(true);
                thread.start();
                return job;
            }
        };
    }

    /** On the caller's thread, before returning: for view-model tests. */
    static StepWork direct() {
        return new StepWork() {
            @Override
            public <T> StepJob submit(String title, Function<Progress, T> work, Consumer<T> done,
                    Consumer<String> failed) {
                StepJob job = new StepJob();
                try {
                    T result = work.apply(job.asProgress(Runnable::run));
                    job.finished();
                    done.accept(result);
                } catch (Progress.Cancelled e) {
                    job.finished();
                } catch (RuntimeException e) {
                    job.finished();
                    failed.accept(describe(title, e));
                }
                return job;
            }
        };
    }

    private static String describe(String title, Throwable error) {
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return title + " did not finish: " + detail;
    }
}
