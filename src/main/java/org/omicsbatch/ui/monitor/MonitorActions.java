package org.omicsbatch.ui.monitor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Run;
import org.omicsbatch.ui.components.ErrorText;
import org.omicsbatch.model.SubmissionSummary;

/**
 * What the user can do to a batch, each enabled only in the states the service accepts and only
 * one at a time (the service allows one cancel or delete per batch at a time). Calls run on
 * {@code background}; results come back through the view model's FX hand-off.
 */
public final class MonitorActions {
    private final BatchApi api;
    private final String batchId;
    private final MonitorViewModel vm;
    private final Executor background;
    private final StringProperty busy = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty deleted = new SimpleBooleanProperty();
    private final BooleanBinding idle;

    MonitorActions(BatchApi api, String batchId, MonitorViewModel vm, Consumer<Runnable> fx, Executor background) {
        this.api = api;
        this.batchId = batchId;
        this.vm = vm;
        this.background = background;
        this.idle = busy.isNull().and(deleted.not());
    }

    public BooleanBinding cancelEnabled() {
        return idle.and(Bindings.createBooleanBinding(() -> state() != null && state().canCancel(),
                vm.statusProperty()));
    }

    public BooleanBinding deleteRunsEnabled() {
        return idle.and(Bindings.createBooleanBinding(() -> state() != null && state().canDeleteRuns(),
                vm.statusProperty()));
    }

    public BooleanBinding deleteBatchEnabled() {
        return idle.and(Bindings.createBooleanBinding(() -> state() != null && state().canDeleteBatch(),
                vm.statusProperty()));
    }

    public BooleanBinding resubmitFailedEnabled() {
        return Bindings.createBooleanBinding(() -> vm.context().draft() != null
                && !vm.context().draft().runs().isEmpty() && vm.rows().stream().anyMatch(RunRow::failed), vm.rows());
    }

    /** "Submit the rest" after a pilot: once it has finished, when the draft has runs it left out. */
    public BooleanBinding submitRestEnabled() {
        return Bindings.createBooleanBinding(() -> state() == BatchStatus.PROCESSED
                && FollowUps.restCount(vm.context().draft(), vm.rows()) > 0, vm.rows(), vm.statusProperty());
    }

    public String cancelConfirmation() {
        SubmissionSummary s = summary();
        int pending = BatchPresentation.n(s.pendingStartSubmissionCount());
        int started = BatchPresentation.n(s.successfulStartSubmissionCount());
        return "Cancel batch \"" + vm.nameProperty().get() + "\"?\n\n"
                + pending + " runs not yet submitted will not start.\n"
                + started + " runs already submitted will be asked to stop (runs that have finished keep their"
                + " results).\n\nCancelling can partly fail; the counts will show how many runs were cancelled.";
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
        call("Cancelling", () -> api.cancelRunBatch(batchId), "Cancel requested. Runs are being stopped.");
    }

    public void deleteRuns() {
        call("Deleting runs", () -> api.deleteRunBatch(batchId), "Deleting the runs of this batch.");
    }

    public void deleteBatch() {
        call("Deleting batch", () -> api.deleteBatch(batchId), "The batch was deleted.");
    }

    public BatchDraft resubmitFailedDraft() {
        return FollowUps.resubmitFailed(vm.context().draft(), List.copyOf(vm.rows()));
    }

    public BatchDraft submitRestDraft() {
        return FollowUps.rest(vm.context().draft(), List.copyOf(vm.rows()));
    }

    /** Writes every row (not only the filtered ones) as CSV. */
    public void exportResults(Path target) {
        List<RunRow> snapshot = List.copyOf(vm.rows());
        busy.set("Exporting");
        background.execute(() -> {
            String text;
            try {
                ResultsCsv.write(target, snapshot);
                text = "Exported " + snapshot.size() + " runs to " + target.getFileName() + ".";
            } catch (java.io.IOException | RuntimeException e) {
                text = "Could not write " + target + ": " + ErrorText.plain(e);
            }
            String done = text;
            vm.runOnFx(() -> {
                busy.set(null);
                message.set(done);
            });
        });
    }

    void loadDetails(RunRow row, Consumer<Run> into) {
        if (row == null || row.runId() == null) {
            into.accept(null);
            return;
        }
        background.execute(() -> {
            try {
                Run run = api.getRun(row.runId());
                vm.runOnFx(() -> into.accept(run));
            } catch (RuntimeException e) {
                vm.runOnFx(() -> message.set("Could not load run " + row.runId() + ": " + ErrorText.plain(e)));
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

    private void call(String what, Runnable call, String success) {
        if (busy.get() != null) {
            return; // one at a time, even if a second click gets through
        }
        busy.set(what);
        message.set(what + "…");
        background.execute(() -> {
            try {
                call.run();
                vm.runOnFx(() -> {
                    busy.set(null);
                    message.set(success);
                    if (what.equals("Deleting batch")) {
                        deleted.set(true);
                        vm.stop();
                    } else {
                        vm.refresh();
                    }
                });
            } catch (RuntimeException e) {
                vm.runOnFx(() -> {
                    busy.set(null);
                    message.set(what + " did not work: " + ErrorText.withAdvice(e));
                    vm.refresh();
                });
            }
        });
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
