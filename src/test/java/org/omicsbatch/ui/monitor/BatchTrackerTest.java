package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.ui.monitor.Batches.batch;
import static org.omicsbatch.ui.monitor.Batches.runs;
import static org.omicsbatch.ui.monitor.Batches.submissions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.RunRow;
import org.omicsbatch.task.Progress;

class BatchTrackerTest {
    private final RecordingBatchApi api = new RecordingBatchApi();
    private final MutableClock clock = new MutableClock();

    private BatchTracker tracker(Path dir) {
        return new BatchTracker(new BatchMonitor(api, new Journal(dir.resolve("journal"))), "7364512", clock);
    }

    @Test
    void showsTheRunsOnlyWhenTheyWereListedAfresh(@TempDir Path dir) {
        api.batch = batch(BatchStatus.INPROGRESS, submissions(2, 1, 0), runs(0, 1, 0, 1));
        api.submissions = List.of(
                new RunInBatch("s1", "101", null, null, SubmissionStatus.SUCCESS, null, null),
                new RunInBatch("s2", "102", null, null, SubmissionStatus.SUCCESS, null, null),
                new RunInBatch("s3", null, null, null, SubmissionStatus.FAILED, "ValidationException",
                        "parameter input is required"));
        api.runs = List.of(item("101", RunStatus.RUNNING), item("102", RunStatus.FAILED));
        api.runDetails.put("102", failedRun("102", "OUT_OF_MEMORY"));
        BatchTracker tracker = tracker(dir);

        MonitorSnapshot first = tracker.poll(Progress.NONE);
        assertThat(first.runsChanged()).isTrue();
        assertThat(first.core().runs()).extracting(RunRow::runSettingId, RunRow::failureReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1", null),
                org.assertj.core.groups.Tuple.tuple("s2", "OUT_OF_MEMORY"),
                org.assertj.core.groups.Tuple.tuple("s3", "ValidationException: parameter input is required"));
        clock.now = clock.now.plusSeconds(1);
        assertThat(tracker.poll(Progress.NONE).runsChanged()).as("counters did not move").isFalse();
    }

    @Test
    void aBigBatchIsListedLessOftenButAStatusChangeAtOnce(@TempDir Path dir) {
        List<RunInBatch> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new RunInBatch("s" + i, null, null, null, SubmissionStatus.FAILED, "X", null));
        }
        api.submissions = many;
        api.batch = batch(BatchStatus.INPROGRESS, submissions(0, 1000, 0), runs(0, 0, 0, 0));
        BatchTracker tracker = tracker(dir);
        assertThat(tracker.poll(Progress.NONE).core().runs()).hasSize(1000);

        api.batch = batch(BatchStatus.INPROGRESS, submissions(0, 1000, 0), runs(0, 1, 0, 0));
        clock.now = clock.now.plusSeconds(2);
        long listed = api.count("ListRunsInBatch");
        assertThat(tracker.poll(Progress.NONE).runsChanged()).as("1,000 runs: at most every 5 s").isFalse();
        assertThat(api.count("ListRunsInBatch")).isEqualTo(listed);
        clock.now = clock.now.plusSeconds(4);
        assertThat(tracker.poll(Progress.NONE).runsChanged()).isTrue();

        api.batch = batch(BatchStatus.PROCESSED, submissions(0, 1000, 0), runs(0, 0, 1, 0));
        clock.now = clock.now.plusSeconds(1);
        assertThat(tracker.poll(Progress.NONE).runsChanged()).as("the final state at once").isTrue();
    }

    private static RunListItem item(String id, RunStatus status) {
        return new RunListItem("arn:aws:omics:eu-west-1:123456789012:run/" + id, id, status, "1234567", "7364512",
                "run-" + id, null, null, null, null, null, null, null);
    }

    private static Run failedRun(String id, String failureReason) {
        return new Run("arn:aws:omics:eu-west-1:123456789012:run/" + id, id, null, RunStatus.FAILED, "1234567",
                "PRIVATE", null, null, "run-" + id, null, "7364512", null, null, null, null, "s3://results/cohort",
                "s3://results/cohort/" + id, null, null, null, null, null, null, null, null, null,
                failureReason, null);
    }

    /** A clock the test moves. */
    static final class MutableClock extends java.time.Clock {
        java.time.Instant now = Batches.T0;

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
