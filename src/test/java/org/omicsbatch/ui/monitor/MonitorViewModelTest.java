package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.ui.monitor.Batches.batch;
import static org.omicsbatch.ui.monitor.Batches.runs;
import static org.omicsbatch.ui.monitor.Batches.submissions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.model.SubmissionSummary;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.OutputSource;
import org.omicsbatch.submit.RunRow;

class MonitorViewModelTest {
    private final RecordingBatchApi api = new RecordingBatchApi();
    private final List<Runnable> held = new ArrayList<>();

    private static final List<RunRow> ROWS = List.of(
            new RunRow("s1", "101", SubmissionStatus.SUCCESS, RunStatus.COMPLETED, null, "s3://r/101", OutputSource.SUBMISSION),
            new RunRow("s2", "102", SubmissionStatus.SUCCESS, RunStatus.FAILED, "OUT_OF_MEMORY", "s3://r/102", OutputSource.SUBMISSION),
            new RunRow("s3", null, SubmissionStatus.FAILED, null, "ValidationException: bad input", null, null),
            new RunRow("s4", "104", SubmissionStatus.SUCCESS, RunStatus.RUNNING, null, "s3://r/104", OutputSource.SUBMISSION));

    @TempDir
    Path home;

    private final List<MonitorViewModel> made = new ArrayList<>();

    private MonitorViewModel vm(MonitorContext context) {
        MonitorViewModel vm = new MonitorViewModel(MonitorServices.of(api, new Journal(home.resolve("journal")),
                () -> null), "7364512", context, Runnable::run, held::add, Duration.ofMillis(50));
        made.add(vm);
        return vm;
    }

    /** An action asks for a poll at once; it must end before the temporary folder it writes in is removed. */
    @AfterEach
    void stopPolling() {
        made.forEach(MonitorViewModel::stop);
        made.forEach(vm -> vm.awaitStopped(Duration.ofSeconds(10)));
    }

    /** A poll's result: the batch, and the runs when {@code rows} is not null (listed afresh). */
    private static MonitorSnapshot snapshot(Batch batch, List<RunRow> rows) {
        return new MonitorSnapshot(new BatchSnapshot("7364512", batch, rows == null ? List.of() : rows,
                Batches.T0, false), rows != null);
    }

    @Test
    void showsCountersOfSubmissionsAndRunsAndKeepsTheLagNoteUntilProcessed() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1)), ROWS),
                Batches.T0.plusSeconds(300));

        assertThat(vm.submissionSegmentsProperty().get()).extracting(s -> s.key() + "=" + s.count())
                .containsExactly("pending=0", "success=3", "failed=1");
        assertThat(vm.runSegmentsProperty().get()).filteredOn(s -> s.count() > 0)
                .extracting(s -> s.key() + "=" + s.count()).containsExactly("RUNNING=1", "COMPLETED=1", "FAILED=1");
        assertThat(vm.countsFinalProperty().get()).isFalse();
        assertThat(vm.elapsedProperty().get()).isEqualTo("5 min 00 s");
        assertThat(vm.tagsProperty().get()).isEqualTo("project=cohort-7");

        vm.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), null),
                Batches.T0.plusSeconds(4000));
        assertThat(vm.countsFinalProperty().get()).isTrue();
        assertThat(vm.elapsedProperty().get()).isEqualTo("1 h 00 min"); // until processedTime, not now
        assertThat(vm.rows()).hasSize(4); // not listed afresh: rows kept
    }

    @Test
    void filterAndSearchCombine() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1)), ROWS),
                Batches.T0);

        vm.filterProperty().set(RunFilter.FAILED);
        assertThat(vm.visibleRows()).extracting(RunRow::runSettingId).containsExactly("s2", "s3");
        vm.searchProperty().set("memory");
        assertThat(vm.visibleRows()).extracting(RunRow::runSettingId).containsExactly("s2");
        vm.filterProperty().set(RunFilter.ALL);
        vm.searchProperty().set("10");
        assertThat(vm.visibleRows()).extracting(RunRow::runSettingId).containsExactly("s1", "s2", "s4");
    }

    @Test
    void notifiesOnceWhenTheBatchFinishesWhileWatchedButNotWhenOpenedFinished() {
        List<String> notes = new ArrayList<>();
        MonitorViewModel watched = vm(MonitorContext.NONE);
        watched.setOnFinished(notes::add);
        watched.apply(snapshot(batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1)), ROWS),
                Batches.T0);
        watched.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), null),
                Batches.T0);
        watched.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), null),
                Batches.T0);
        assertThat(notes).containsExactly("Batch \"wgs-cohort\" is PROCESSED — 2 runs failed");

        MonitorViewModel reopened = vm(MonitorContext.NONE);
        reopened.setOnFinished(notes::add);
        reopened.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), ROWS),
                Batches.T0);
        assertThat(notes).hasSize(1);
    }

    @Test
    void actionsAreEnabledOnlyInTheStatesTheServiceAccepts() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        MonitorActions a = vm.actions();
        for (BatchStatus s : BatchStatus.values()) {
            vm.apply(snapshot(batch(s, submissions(0, 0, 4), runs(0, 0, 0, 0)), List.of()), Batches.T0);
            assertThat(a.cancelEnabled().get()).as("cancel in " + s).isEqualTo(s.canCancel());
            assertThat(a.deleteRunsEnabled().get()).as("delete runs in " + s).isEqualTo(s.canDeleteRuns());
            assertThat(a.deleteBatchEnabled().get()).as("delete batch in " + s).isEqualTo(s.canDeleteBatch());
        }
        vm.apply(snapshot(batch(BatchStatus.CREATING, submissions(0, 0, 4), runs(0, 0, 0, 0)), null),
                Batches.T0);
        assertThat(a.cancelEnabled().get()).as("no cancel while CREATING").isFalse();
    }

    @Test
    void oneActionAtATimeEvenWhenClickedTwice() {
        api.batch = batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1));
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1)), ROWS),
                Batches.T0);
        vm.actions().cancelBatch();
        vm.actions().cancelBatch();
        assertThat(vm.actions().cancelEnabled().get()).isFalse();
        assertThat(held).hasSize(1);
        held.remove(0).run();
        assertThat(api.count("CancelRunBatch")).isEqualTo(1);
        assertThat(vm.actions().busyProperty().get()).isNull();
        assertThat(vm.actions().messageProperty().get()).contains("Cancel requested");
    }

    @Test
    void partialOutcomesAreTakenFromTheSummaryCounts() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        Batch b = batch(BatchStatus.CANCELLED, new SubmissionSummary(3, 1, 0, 2, 1, 0, 0), runs(0, 0, 1, 1));
        vm.apply(snapshot(b, ROWS), Batches.T0);
        assertThat(vm.actions().outcomeProperty().get()).isEqualTo("2 runs cancelled, 1 could not be cancelled.");
        assertThat(vm.submissionSegmentsProperty().get()).extracting(s -> s.key() + "=" + s.count())
                .contains("cancelSuccess=2", "cancelFailed=1");
    }

    @Test
    void confirmationsSayExactlyWhatWillHappen() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.SUBMITTING, submissions(3, 0, 7), runs(2, 1, 0, 0)), ROWS),
                Batches.T0);
        assertThat(vm.actions().cancelConfirmation()).contains("wgs-cohort", "7 runs not yet submitted will not start",
                "3 runs already submitted will be asked to stop");
        assertThat(vm.actions().deleteRunsConfirmation()).contains("Delete the 3 runs", "outputs in S3 are not deleted");
        assertThat(vm.actions().deleteBatchConfirmation()).contains("runs are NOT deleted");
    }

    @Test
    void resubmitFailedSaysWhyWhenThisMachineDoesNotHaveTheBatchsSettings() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), ROWS), Batches.T0);
        assertThat(vm.actions().resubmitFailedEnabled().get()).isTrue();

        List<BatchDraft> opened = new ArrayList<>();
        vm.actions().resubmitFailed(opened::add);
        held.remove(0).run();
        assertThat(opened).isEmpty();
        assertThat(vm.actions().messageProperty().get()).contains("not in this computer's journal");
    }

    @Test
    void submitTheRestAfterAPilotHasTheRunsThePilotLeftOut() {
        MonitorViewModel vm = vm(new MonitorContext(draft("s1", "s2", "s3", "s4", "s5", "s6"), null));
        vm.apply(snapshot(batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1)), ROWS),
                Batches.T0);
        assertThat(vm.actions().submitRestEnabled().get()).as("not before the pilot finished").isFalse();
        vm.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), null),
                Batches.T0);
        assertThat(vm.actions().submitRestEnabled().get()).isTrue();
    }

    @Test
    void withoutTheDraftTheRestIsNotOffered() {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), ROWS),
                Batches.T0);
        assertThat(vm.actions().submitRestEnabled().get()).isFalse();
    }

    @Test
    void exportsEveryRowAsCsv(@TempDir Path dir) throws Exception {
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.apply(snapshot(batch(BatchStatus.PROCESSED, submissions(3, 1, 0), runs(0, 0, 2, 1)), ROWS),
                Batches.T0);
        vm.filterProperty().set(RunFilter.FAILED);
        Path csv = dir.resolve("results.csv");
        vm.actions().exportResults(csv);
        held.remove(0).run();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("runSettingId,runId");
        assertThat(lines.get(3)).startsWith("s3,").contains("ValidationException: bad input");
        assertThat(vm.actions().messageProperty().get()).isEqualTo("Exported 4 runs to results.csv.");
    }

    @Test
    void aFailedPollSaysSoInPlainWordsAndKeepsWhatWasShown() throws Exception {
        api.batch = batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1));
        api.failNext = new IllegalStateException("Rate exceeded");
        MonitorViewModel vm = vm(MonitorContext.NONE);
        vm.start();
        long deadline = System.currentTimeMillis() + 5000;
        while (vm.connectionProblemProperty().get().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertThat(vm.connectionProblemProperty().get()).startsWith("Could not refresh: Rate exceeded.");
        while (vm.statusProperty().get() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        vm.stop();
        assertThat(vm.statusProperty().get()).isEqualTo(BatchStatus.INPROGRESS);
    }

    private static BatchDraft draft(String... ids) {
        List<InlineSetting> runs = new ArrayList<>();
        for (String id : ids) {
            runs.add(InlineSetting.builder().runSettingId(id).build());
        }
        return BatchDraft.empty().withBatchName("wgs-cohort").withRequestId("req-1").withRuns(runs);
    }
}
