package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.ui.monitor.Batches.batch;
import static org.omicsbatch.ui.monitor.Batches.runs;
import static org.omicsbatch.ui.monitor.Batches.submissions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.Submission;

class BatchesViewModelTest {
    private final RecordingBatchApi api = new RecordingBatchApi();

    @TempDir
    Path home;

    private Journal journal() {
        return new Journal(home.resolve("journal"));
    }

    private BatchesViewModel batches() {
        return new BatchesViewModel(MonitorServices.of(api, journal(), () -> null), Runnable::run, Runnable::run,
                Duration.ofSeconds(30));
    }

    /** A journal entry as the core's SubmissionService leaves it once the batch exists. */
    private void journaled(String batchId, Path draft, BatchStatus lastStatus, boolean deleted) {
        Submission.Step step = batchId == null ? Submission.Step.REFUSED : Submission.Step.SENT;
        journal().save(new Submission("sub-" + batchId, "req-" + batchId, step, Instant.now(), Instant.now(),
                draft == null ? null : draft.toString(), null, "batch " + batchId, null, "us-east-1", null, List.of(),
                null, null, null, batchId, null, lastStatus, null, deleted, false, null));
    }

    @Test
    void reopensOnlyTheBatchesThatWereStillRunningWithTheirDraft() throws Exception {
        Path draftFile = home.resolve("cohort.json");
        DraftFiles.write(draftFile, BatchDraft.empty().withBatchName("cohort")
                .withRuns(List.of(InlineSetting.builder().runSettingId("s1").build())));
        journaled("1001", null, BatchStatus.PROCESSED, false);
        journaled("1002", draftFile, BatchStatus.INPROGRESS, false);
        journaled("1003", null, BatchStatus.INPROGRESS, true);
        journaled(null, null, null, false);
        api.batch = batch(BatchStatus.INPROGRESS, submissions(1, 0, 0), runs(0, 1, 0, 0));
        BatchesViewModel vm = batches();

        vm.restore();

        assertThat(vm.monitors()).extracting(MonitorViewModel::batchId).containsExactly("1002");
        MonitorViewModel monitor = vm.monitors().get(0);
        assertThat(monitor.context().draft().batchName()).isEqualTo("cohort");
        assertThat(vm.selectedProperty().get()).isSameAs(monitor);
        vm.shutdown();
    }

    @Test
    void openingTwiceShowsTheSameMonitorAndClosingForgetsIt() {
        BatchesViewModel vm = batches();
        vm.open("7364512");
        vm.open("7364512");
        assertThat(vm.monitors()).hasSize(1);

        MonitorViewModel monitor = vm.monitors().get(0);
        vm.close(monitor);
        assertThat(vm.monitors()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
    }
}
