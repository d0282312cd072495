package org.omicsbatch.ui.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Run;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.RunRow;
import org.omicsbatch.ui.components.ErrorText;
import org.omicsbatch.ui.components.StackedCountBar.Segment;
import org.omicsbatch.ui.components.StatusTimeline.Step;

/**
 * The monitor of one batch: header facts, counters, the runs table and its filter, the actions.
 * Polls through a {@link BatchTracker} off the FX thread; {@code fx} brings results back (in tests
 * it runs them in place). Actions live in {@link MonitorActions}.
 */
public final class MonitorViewModel {
    private final String batchId;
    private final MonitorContext context;
    private final Consumer<Runnable> fx;
    private final BatchTracker tracker;
    private final Poller poller;
    private final MonitorActions actions;

    private final ObjectProperty<Batch> batch = new SimpleObjectProperty<>();
    private final ObjectProperty<BatchStatus> status = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty arn = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final StringProperty failureReason = new SimpleStringProperty("");
    private final StringProperty pace = new SimpleStringProperty("");
    private final StringProperty estimate = new SimpleStringProperty("");
    private final StringProperty connectionProblem = new SimpleStringProperty("");
    private final ObjectProperty<List<Step>> timeline = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Segment>> submissionSegments = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Segment>> runSegments = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty countsFinal = new SimpleBooleanProperty();
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RunRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<RunFilter> filter = new SimpleObjectProperty<>(RunFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Run> details = new SimpleObjectProperty<>();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private Consumer<String> onFinished = text -> { };
    private volatile BatchSnapshot last;

    public MonitorViewModel(MonitorServices services, String batchId, MonitorContext context, Consumer<Runnable> fx,
            Executor background, Duration pollInterval) {
        this.batchId = batchId;
        this.context = context == null ? MonitorContext.NONE : context;
        this.fx = fx;
        this.tracker = new BatchTracker(services.monitor(), batchId, java.time.Clock.systemUTC());
        this.poller = new Poller(tracker::poll, fx, pollInterval, Duration.ofSeconds(60),
                s -> apply(s, Instant.now()), this::pollFailed);
        this.actions = new MonitorActions(services, batchId, this, background);
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(
                () -> r -> filter.get().test().test(r) && RunRows.matches(r, search.get()), filter, search));
    }

    public void start() {
        poller.start();
    }

    public void stop() {
        poller.stop();
    }

    /** After {@link #stop()}: waits a bounded time for a poll under way, so nothing writes after exit. */
    public void awaitStopped(java.time.Duration limit) {
        try {
            poller.awaitStopped(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Poll at once (after an action, or when the user asks). */
    public void refresh() {
        tracker.invalidate();
        poller.pollSoon();
    }

    /** Called when the batch finishes while this monitor watches it (not when opened already finished). */
    public void setOnFinished(Consumer<String> onFinished) {
        this.onFinished = onFinished;
    }

    void apply(MonitorSnapshot snapshot, Instant now) {
        last = snapshot.core();
        if (snapshot.core().deleted()) {
            actions.markDeleted();
            poller.stop();
        }
        Batch b = snapshot.batch();
        if (b == null) {
            return; // deleted before this machine ever saw it
        }
        BatchStatus before = status.get();
        batch.set(b);
        status.set(b.status());
        name.set(b.name() == null ? "(no name)" : b.name());
        arn.set(b.arn() == null ? "" : b.arn());
        tags.set(b.tags() == null ? "" : new TreeMap<>(b.tags()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        failureReason.set(b.failureReason() == null ? "" : b.failureReason());
        timeline.set(BatchPresentation.timeline(b));
        submissionSegments.set(BatchPresentation.submissionSegments(b.submissionSummary()));
        runSegments.set(BatchPresentation.runSegments(b.runSummary()));
        countsFinal.set(b.status() == BatchStatus.PROCESSED);
        connectionProblem.set("");
        tick(now);
        if (snapshot.runsChanged()) {
            rows.setAll(snapshot.core().runs());
        }
        actions.showOutcome(b);
        boolean endsNow = before != null && !before.isTerminal() && b.status() != null && b.status().isTerminal();
        finished.set(b.status() != null && b.status().isTerminal());
        if (endsNow) {
            onFinished.accept(finishText(b));
        }
    }

    /** Refreshes what depends on the clock (elapsed, estimate); the view calls it every second. */
    public void tick(Instant now) {
        Batch b = batch.get();
        if (b == null) {
            return;
        }
        elapsed.set(BatchPresentation.elapsed(b, now));
        String[] pe = BatchPresentation.paceAndEstimate(b, now);
        pace.set(pe[0]);
        estimate.set(pe[1]);
    }

    private void pollFailed(RuntimeException e) {
        connectionProblem.set("Could not refresh: " + ErrorText.withAdvice(e) + " Trying again in "
                + BatchPresentation.duration(Duration.ofMillis(poller.currentDelayMillis())) + ".");
    }

    private static String finishText(Batch b) {
        String n = b.name() == null ? b.id() : b.name();
        int failed = BatchPresentation.n(b.runSummary() == null ? null : b.runSummary().failedRunCount())
                + BatchPresentation.n(b.submissionSummary() == null ? null
                        : b.submissionSummary().failedStartSubmissionCount());
        return "Batch \"" + n + "\" is " + b.status().name() + (failed > 0 ? " — " + failed + " runs failed" : "");
    }

    /** The context the batch was submitted with on this machine (its draft), if any. */
    public MonitorContext context() {
        return context;
    }

    public String batchId() {
        return batchId;
    }

    /** The core's last snapshot (what export and resubmit work from), or null before the first poll. */
    BatchSnapshot lastSnapshot() {
        return last;
    }

    public MonitorActions actions() {
        return actions;
    }

    public void loadDetails(RunRow row) {
        actions.loadDetails(row, details::set);
    }

    void runOnFx(Runnable r) {
        fx.accept(r);
    }

    public ObjectProperty<Batch> batchProperty() { return batch; }
    public ObjectProperty<BatchStatus> statusProperty() { return status; }
    public StringProperty nameProperty() { return name; }
    public StringProperty arnProperty() { return arn; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty elapsedProperty() { return elapsed; }
    public StringProperty failureReasonProperty() { return failureReason; }
    public StringProperty paceProperty() { return pace; }
    public StringProperty estimateProperty() { return estimate; }
    public StringProperty connectionProblemProperty() { return connectionProblem; }
    public ObjectProperty<List<Step>> timelineProperty() { return timeline; }
    public ObjectProperty<List<Segment>> submissionSegmentsProperty() { return submissionSegments; }
    public ObjectProperty<List<Segment>> runSegmentsProperty() { return runSegments; }
    /** True once PROCESSED: before, the service's run counts may lag behind the runs. */
    public ReadOnlyBooleanProperty countsFinalProperty() { return countsFinal; }
    public ReadOnlyBooleanProperty finishedProperty() { return finished; }
    public ObservableList<RunRow> rows() { return rows; }
    public FilteredList<RunRow> visibleRows() { return visibleRows; }
    public ObjectProperty<RunFilter> filterProperty() { return filter; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<Run> detailsProperty() { return details; }
}
