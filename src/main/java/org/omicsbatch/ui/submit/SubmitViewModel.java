package org.omicsbatch.ui.submit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.task.Progress;
import org.omicsbatch.ui.components.ErrorText;
import org.omicsbatch.ui.submit.StageRow.Status;

/**
 * The submit step: runs the core's pipeline off the FX thread, shows each stage with its own
 * progress, then waits for the batch to leave CREATING. One submission has one request id: Retry
 * reuses it, and Submit does nothing while a submission runs or once it succeeded, so neither a
 * double click nor a retry after a network drop can create a second batch.
 */
public final class SubmitViewModel {
    private final BatchApi api;
    private final Consumer<Runnable> fx;
    private final Executor background;
    private final Duration pollInterval;
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList(
            Arrays.stream(Stage.values()).map(StageRow::new).toList());
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty submitted = new SimpleBooleanProperty();
    private final BooleanProperty fixDraft = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty advice = new SimpleStringProperty("");
    private final StringProperty requestId = new SimpleStringProperty();
    private final StringProperty batchId = new SimpleStringProperty();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty started = new SimpleBooleanProperty();
    private volatile boolean cancelled;
    private SubmitPipeline pipeline;
    private Consumer<String> onSubmitted = id -> { };

    public SubmitViewModel(BatchApi api, Consumer<Runnable> fx, Executor background, Duration pollInterval) {
        this.api = api;
        this.fx = fx;
        this.background = background;
        this.pollInterval = pollInterval;
    }

    /** Called with the batch id once the batch is PENDING (the app then opens the monitor). */
    public void setOnSubmitted(Consumer<String> onSubmitted) {
        this.onSubmitted = onSubmitted;
    }

    /**
     * Starts this step's one submission. Ignored while it runs or once it succeeded, so a double
     * click cannot make a second batch; after a failure only {@link #retry()} continues it.
     */
    public void submit(SubmitPipeline submission) {
        if (fixDraft.get() && !running.get()) {
            reset(); // the draft was refused as it was: a fixed draft is a new submission
        }
        if (running.get() || submitted.get() || pipeline != null) {
            return;
        }
        this.pipeline = submission;
        started.set(true);
        launch();
    }

    /** Continues the same submission, with the same request id. */
    public void retry() {
        if (running.get() || submitted.get() || pipeline == null) {
            return;
        }
        launch();
    }

    /** Lets the step start a fresh submission (after the user fixed the draft). */
    public void reset() {
        if (running.get()) {
            return;
        }
        pipeline = null;
        started.set(false);
        submitted.set(false);
        batchId.set(null);
        requestId.set(null);
        stages.forEach(StageRow::reset);
        error.set("");
        advice.set("");
        problems.clear();
        fixDraft.set(false);
    }

    /** Stops uploading; nothing has been started at the service until StartRunBatch. */
    public void cancel() {
        cancelled = true;
    }

    private void launch() {
        stages.forEach(StageRow::reset);
        error.set("");
        advice.set("");
        problems.clear();
        fixDraft.set(false);
        running.set(true);
        cancelled = false;
        SubmitPipeline p = pipeline;
        background.execute(() -> work(p));
    }

    private void work(SubmitPipeline p) {
        Progress progress = Progress.cancelledWhen(() -> cancelled);
        try {
            StartRunBatchResponse response = p.submit(new FxListener(), progress);
            fx.accept(() -> {
                batchId.set(response.id());
                requestId.set(p.requestId());
            });
            awaitPending(response.id(), progress);
        } catch (Progress.Cancelled c) {
            fx.accept(() -> requestId.set(p.requestId()));
            fail(null, "Submission cancelled. Nothing was started; Retry continues where it stopped.", "", List.of());
        } catch (SubmitProblem problem) {
            fail(problem.stage(), problem.getMessage(), "Fix the draft, then submit again.", problem.problems());
        } catch (RuntimeException e) {
            fx.accept(() -> requestId.set(p.requestId()));
            fail(null, ErrorText.plain(e), ErrorText.advice(e), List.of());
        }
    }

    /** CREATING → PENDING: the batch is usable once the service has set it up. */
    private void awaitPending(String id, Progress progress) {
        set(Stage.CREATING, Status.RUNNING, -1, "The service is setting the batch up…");
        while (true) {
            progress.checkCancelled();
            Batch b = api.getBatch(id);
            if (b.status() == BatchStatus.FAILED) {
                fail(Stage.CREATING, "The batch failed while being created: " + b.failureReason(), "", List.of());
                return;
            }
            if (b.status() != BatchStatus.CREATING) {
                set(Stage.CREATING, Status.DONE, 1, "Created");
                set(Stage.PENDING, Status.DONE, 1, "Batch " + id + " is " + b.status().name().toLowerCase(Locale.ROOT)
                        + "; runs are submitted at your account's StartRun pace.");
                fx.accept(() -> {
                    running.set(false);
                    submitted.set(true);
                    onSubmitted.accept(id);
                });
                return;
            }
            sleep();
        }
    }

    private void fail(Stage stage, String message, String what, List<String> found) {
        fx.accept(() -> {
            StageRow row = stage != null ? row(stage) : stages.stream()
                    .filter(r -> r.statusProperty().get() == Status.RUNNING).findFirst().orElse(null);
            if (row != null) {
                row.statusProperty().set(Status.FAILED);
            }
            error.set(message);
            advice.set(what);
            problems.setAll(found);
            fixDraft.set(stage != null && stage.ordinal() <= Stage.PREFLIGHT.ordinal());
            running.set(false);
        });
    }

    private void set(Stage stage, Status status, double progress, String detail) {
        fx.accept(() -> {
            StageRow row = row(stage);
            row.statusProperty().set(status);
            row.progressProperty().set(progress);
            if (detail != null) {
                row.detailProperty().set(detail);
            }
        });
    }

    private StageRow row(Stage stage) {
        return stages.get(stage.ordinal());
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        }
    }

    /** Turns the pipeline's reports into stage rows, on the FX thread. */
    private final class FxListener implements StageListener {
        @Override
        public void started(Stage stage) {
            set(stage, Status.RUNNING, -1, null);
        }

        private final long[] lastShown = new long[Stage.values().length];

        /** At most 20 updates a second per stage reach the FX thread (validation reports every run). */
        @Override
        public void progress(Stage stage, long done, long total, String message) {
            long now = System.nanoTime();
            if (done != total && now - lastShown[stage.ordinal()] < 50_000_000L) {
                return;
            }
            lastShown[stage.ordinal()] = now;
            set(stage, Status.RUNNING, total > 0 ? (double) done / total : -1,
                    stage == Stage.UPLOAD && total > 0 ? Bytes.progress(done, total) : message);
        }

        @Override
        public void finished(Stage stage, String summary) {
            set(stage, Status.DONE, 1, summary);
        }

        @Override
        public void skipped(Stage stage, String why) {
            set(stage, Status.SKIPPED, 1, why);
        }
    }

    public ObservableList<StageRow> stages() { return stages; }
    public BooleanProperty runningProperty() { return running; }
    public BooleanProperty submittedProperty() { return submitted; }
    /** True when the failure is in the draft (validation, missing inputs): Retry would fail the same way. */
    public BooleanProperty fixDraftProperty() { return fixDraft; }
    public StringProperty errorProperty() { return error; }
    public StringProperty adviceProperty() { return advice; }
    public StringProperty requestIdProperty() { return requestId; }
    public StringProperty batchIdProperty() { return batchId; }
    public ObservableList<String> problems() { return problems; }

    public BooleanBinding canRetry() {
        return running.not().and(submitted.not()).and(error.isNotEmpty()).and(fixDraft.not());
    }

    /** Submit is offered once per submission: before it started, or after the draft was fixed. */
    public BooleanBinding canSubmit() {
        return running.not().and(submitted.not()).and(started.not().or(fixDraft));
    }

    public BooleanBinding canCancel() {
        return running.and(batchId.isNull());
    }
}
