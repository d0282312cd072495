package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.ui.monitor.Batches.batch;
import static org.omicsbatch.ui.monitor.Batches.runs;
import static org.omicsbatch.ui.monitor.Batches.submissions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.history.LocalJournal;
import org.omicsbatch.ui.history.LocalSubmission;

class BatchesViewModelTest {
    private final RecordingBatchApi api = new RecordingBatchApi();
    private final List<String> recorded = new ArrayList<>();

    private LocalJournal journal(List<LocalSubmission> entries) {
        return new LocalJournal() {
            @Override
            public List<LocalSubmission> submissions() {
                return entries;
            }

            @Override
            public void recordStatus(String batchId, BatchStatus status, boolean deleted) {
                recorded.add(batchId + " " + status + (deleted ? " deleted" : ""));
            }
        };
    }

    @Test
    void reopensOnlyTheBatchesThatWereStillRunningWithTheirDraft(@TempDir Path dir) throws Exception {
        Path draftFile = dir.resolve("cohort.json");
        DraftFiles.write(draftFile, BatchDraft.empty().withBatchName("cohort")
                .withRuns(List.of(InlineSetting.builder().runSettingId("s1").build())));
        List<LocalSubmission> entries = List.of(
                new LocalSubmission("r1", "1001", "done", null, null, BatchStatus.PROCESSED, false),
                new LocalSubmission("r2", "1002", "cohort", null, draftFile, BatchStatus.INPROGRESS, false),
                new LocalSubmission("r3", "1003", "gone", null, null, BatchStatus.INPROGRESS, true),
                new LocalSubmission("r4", null, "refused", null, null, null, false));
        api.batch = batch(BatchStatus.INPROGRESS, submissions(1, 0, 0), runs(0, 1, 0, 0));
        BatchesViewModel vm = new BatchesViewModel(api, journal(entries), Runnable::run, Runnable::run,
                Duration.ofSeconds(30));

        vm.restore();

        assertThat(vm.monitors()).extracting(MonitorViewModel::batchId).containsExactly("1002");
        MonitorViewModel monitor = vm.monitors().get(0);
        assertThat(monitor.context().draft().batchName()).isEqualTo("cohort");
        assertThat(vm.selectedProperty().get()).isSameAs(monitor);
        vm.shutdown();
    }

    @Test
    void whatAMonitorSeesIsJournaledAndOpeningTwiceShowsTheSameMonitor() {
        BatchesViewModel vm = new BatchesViewModel(api, journal(List.of()), Runnable::run, Runnable::run,
                Duration.ofSeconds(30));
        vm.open("7364512");
        vm.open("7364512");
        assertThat(vm.monitors()).hasSize(1);

        MonitorViewModel monitor = vm.monitors().get(0);
        monitor.apply(new MonitorSnapshot(batch(BatchStatus.PROCESSED, submissions(1, 0, 0), runs(0, 0, 1, 0)),
                List.of()), Batches.T0);
        assertThat(recorded).containsExactly("7364512 PROCESSED");

        vm.close(monitor);
        assertThat(vm.monitors()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
    }
}
