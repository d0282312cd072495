package org.omicsbatch.ui.monitor;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.SubmissionSummary;
import org.omicsbatch.submit.BatchActions;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.ResubmitFailed;
import org.omicsbatch.submit.ResultsExport;
import org.omicsbatch.submit.RunRow;
import org.omicsbatch.ui.components.ErrorText;

/**
 * What the user can do to a batch, through the core's {@link BatchActions}, {@link ResubmitFailed}
 * and {@link ResultsExport}: each enabled only in the states the service accepts and only one at a
 * time (the service allows one cancel or delete per batch at a time). Calls run on {@code background}.
 */
public final class MonitorActions {
    private final MonitorServices services;
    private final String batchId;
    private final MonitorViewModel vm;
    private final Executor background;
    private final StringProperty busy = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty deleted = new SimpleBooleanProperty();
    private final BooleanBinding idle;

    MonitorActions(MonitorServices services, String batchId, MonitorViewModel vm, Executor background) {
        this.services = services;
        this.batchId = batchId;
        this.vm = vm;
        this.background = background;
        this.idle = busy.isNull().and(deleted.not());
    }

    public BooleanBinding cancelEnabled() {
        return allowedWhen(BatchStatus::canCancel);
    }

    public BooleanBinding deleteRunsEnabled() {
        return allowedWhen(BatchStatus::canDeleteRuns);
    }

    public BooleanBinding deleteBatchEnabled() {
        return allowedWhen(BatchStatus::canDeleteBatch);
    }

    public BooleanBinding resubmitFailedEnabled() {
        return idle.and(Bindings.createBooleanBinding(() -> vm.rows().stream().anyMatch(RunRow::failed), vm.rows()));
    }

    /** "Submit the rest" after a pilot: once it has finished, when its draft has runs it left out. */
    public BooleanBinding submitRestEnabled() {
        return Bindings.createBooleanBinding(() -> state() == BatchStatus.PROCESSED && restCount() > 0,
                vm.rows(), vm.statusProperty());
    }

    public String cancelConfirmation() {
        SubmissionSummary s = summary();
        return "Cancel batch \"" + vm.nameProperty().get() + "\"?\n\n"
                + BatchPresentation.n(s.pendingStartSubmissionCount()) + " runs not yet submitted will not start.\n"
                + BatchPresentation.n(s.successfulStartSubmissionCount()) + " runs already submitted will be asked to"
                + " stop (runs that have finished keep their results).\n\nCancelling can partly fail; the counts"
                + " will show how many runs were cancelled.";
    }

    public String deleteRunsConfirmation() {
        return "Delete the " + vm.rows().stream().filter(r -> r.runId() != null).count() + " runs of batch \""
                + vm.nameProperty().get() + "\"?\n\nThe runs are removed from HealthOmics (their status, logs"
                + " link and details). Their outputs in S3 are not deleted. The batch itself stays, so you can"
                + " still see its counters. Deleting can partly fail; the counts will show it.";
    }

    public String deleteBatchConfirmation() {
        boolean runsLeft = state() != BatchStatus.RUNS_DELETED;
        return "Delete batch \"" + vm.nameProperty().get() + "\"?\n\nIts record (status, counters, list of runs)"
                + " is removed for good and can no longer be opened here."
                + (runsLeft ? " Its runs are NOT deleted: they stay in HealthOmics as single runs (use \"Delete"
                        + " runs\" first to remove them)." : " Its runs were already deleted.");
    }

    public void cancelBatch() {
        call("Cancelling", () -> services.actions().cancel(batchId).message(), false);
    }

    public void deleteRuns() {
        call("Deleting runs", () -> services.actions().deleteRuns(batchId).message(), false);
    }

    public void deleteBatch() {
        call("Deleting batch", () -> services.actions().deleteBatch(batchId).message(), true);
    }

    /** Makes the draft of exactly the failed runs (off the FX thread: it may read S3) and hands it on. */
    public void resubmitFailed(Consumer<BatchDraft> open) {
        BatchSnapshot snapshot = vm.lastSnapshot();
        run("Preparing the failed runs", () -> ResubmitFailed.draft(snapshot,
                services.journal().findByBatchId(batchId).orElse(null), services.journal(),
                services.s3().get()), draft -> {
                    message.set("A new draft with the " + draft.runs().size() + " failed runs is open.");
                    open.accept(draft);
                });
    }

    /** Writes every run (not only the filtered ones) as the core's results CSV. */
    public void exportResults(Path target) {
        BatchSnapshot snapshot = vm.lastSnapshot();
        run("Exporting", () -> {
            DraftFiles.writeAtomically(target, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                ResultsExport.writeCsv(snapshot, w);
                w.flush();
            });
            return snapshot.runs().size();
        }, n -> message.set("Exported " + n + " runs to " + target.getFileName() + "."));
    }

    void loadDetails(RunRow row, Consumer<Run> into) {
        if (row == null || row.runId() == null || row.runId().isEmpty()) {
            into.accept(null);
            return;
        }
        background.execute(() -> {
            try {
                Run run = services.api().getRun(row.runId());
                vm.runOnFx(() -> into.accept(run));
            } catch (RuntimeException e) {
                vm.runOnFx(() -> message.set("Could not load run " + row.runId() + ": " + ErrorText.withAdvice(e)));
            }
        });
    }

    /** Partial outcomes of cancel and delete, from the summary counts (the service's own advice). */
    void showOutcome(Batch b) {
        SubmissionSummary s = b.submissionSummary() == null ? SubmissionSummary.EMPTY : b.submissionSummary();
        StringBuilder text = new StringBuilder();
        outcomePart(text, "cancelled", s.successfulCancelSubmissionCount(), s.failedCancelSubmissionCount());
        outcomePart(text, "deleted", s.successfulDeleteSubmissionCount(), s.failedDeleteSubmissionCount());
        outcome.set(text.toString());
    }

    void markDeleted() {
        deleted.set(true);
        message.set("This batch was deleted; what is shown is what was seen last.");
    }

    private static void outcomePart(StringBuilder text, String verb, Integer ok, Integer failed) {
        int good = BatchPresentation.n(ok);
        int bad = BatchPresentation.n(failed);
        if (good + bad == 0) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(good).append(" runs ").append(verb);
        text.append(bad > 0 ? ", " + bad + " could not be " + verb + "." : ".");
    }

    private void call(String what, Supplier<String> call, boolean deletesBatch) {
        run(what, call::get, done -> {
            message.set(done);
            if (deletesBatch) {
                markDeleted();
                vm.stop();
            } else {
                vm.refresh();
            }
        });
    }

    /** Work of its own kind, one at a time: a second click while it runs does nothing. */
    private <T> void run(String what, Work<T> work, Consumer<T> done) {
        if (busy.get() != null) {
            return;
        }
        busy.set(what);
        message.set(what + "…");
        background.execute(() -> {
            try {
                T result = work.call();
                vm.runOnFx(() -> {
                    busy.set(null);
                    done.accept(result);
                });
            } catch (Exception e) {
                vm.runOnFx(() -> {
                    busy.set(null);
                    message.set(what + " did not work: " + ErrorText.withAdvice(e));
                    vm.refresh();
                });
            }
        });
    }

    /** A unit of background work. */
    private interface Work<T> {
        T call() throws Exception;
    }

    private BooleanBinding allowedWhen(java.util.function.Predicate<BatchStatus> rule) {
        return idle.and(Bindings.createBooleanBinding(() -> state() != null && rule.test(state()),
                vm.statusProperty()));
    }

    private long restCount() {
        BatchDraft draft = vm.context().draft();
        if (draft == null || vm.rows().isEmpty()) {
            return 0;
        }
        Set<String> inBatch = new HashSet<>();
        vm.rows().forEach(r -> inBatch.add(r.runSettingId()));
        return draft.runs().stream().filter(r -> !inBatch.contains(r.runSettingId())).count();
    }

    private BatchStatus state() {
        return vm.statusProperty().get();
    }

    private SubmissionSummary summary() {
        Batch b = vm.batchProperty().get();
        return b == null || b.submissionSummary() == null ? SubmissionSummary.EMPTY : b.submissionSummary();
    }

    public StringProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty outcomeProperty() { return outcome; }
    public BooleanProperty deletedProperty() { return deleted; }
}
