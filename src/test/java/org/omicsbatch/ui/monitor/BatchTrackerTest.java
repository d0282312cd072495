package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.ui.monitor.Batches.batch;
import static org.omicsbatch.ui.monitor.Batches.runs;
import static org.omicsbatch.ui.monitor.Batches.submissions;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.task.Progress;

class BatchTrackerTest {
    private final RecordingBatchApi api = new RecordingBatchApi();

    @BeforeEach
    void threeRunsOneFailedToSubmitOneFailedRunning() {
        api.batch = batch(BatchStatus.INPROGRESS, submissions(2, 1, 0), runs(0, 1, 0, 1));
        api.submissions = List.of(
                new RunInBatch("s1", "101", null, null, SubmissionStatus.SUCCESS, null, null),
                new RunInBatch("s2", "102", null, null, SubmissionStatus.SUCCESS, null, null),
                new RunInBatch("s3", null, null, null, SubmissionStatus.FAILED, "ValidationException",
                        "parameter fastq_1 is required"));
        api.runs = List.of(item("101", RunStatus.RUNNING), item("102", RunStatus.FAILED));
        api.runDetails.put("102", run("102", "OUT_OF_MEMORY: task align ran out of memory"));
    }

    @Test
    void relistsRunsOnlyWhenCountersChange() {
        MutableClock clock = new MutableClock();
        BatchTracker tracker = new BatchTracker(api, "7364512", Map.of(), clock);
        assertThat(tracker.poll(Progress.NONE).rows()).hasSize(3);
        assertThat(tracker.poll(Progress.NONE).rows()).isNull();
        assertThat(api.count("ListRunsInBatch")).isEqualTo(2); // two pages of two, once

        api.batch = batch(BatchStatus.INPROGRESS, submissions(2, 1, 0), runs(0, 0, 1, 1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(tracker.poll(Progress.NONE).rows()).hasSize(3);
        assertThat(api.count("ListRunsInBatch")).isEqualTo(4);
        assertThat(api.count("GetBatch")).isEqualTo(3);
    }

    @Test
    void aBigBatchIsRelistedLessOftenButAStatusChangeAtOnce() {
        List<RunInBatch> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(new RunInBatch("s" + i, null, null, null, SubmissionStatus.FAILED, "X", null));
        }
        api.submissions = many;
        api.runs = List.of();
        MutableClock clock = new MutableClock();
        BatchTracker tracker = new BatchTracker(api, "7364512", Map.of(), clock);
        assertThat(tracker.poll(Progress.NONE).rows()).hasSize(2000);

        api.batch = batch(BatchStatus.INPROGRESS, submissions(2, 2, 0), runs(0, 1, 0, 1));
        clock.now = clock.now.plusSeconds(5);
        assertThat(tracker.poll(Progress.NONE).rows()).as("2,000 runs: at most every 10 s").isNull();
        clock.now = clock.now.plusSeconds(6);
        assertThat(tracker.poll(Progress.NONE).rows()).hasSize(2000);

        api.batch = batch(BatchStatus.PROCESSED, submissions(2, 2, 0), runs(0, 0, 0, 2));
        clock.now = clock.now.plusSeconds(1);
        assertThat(tracker.poll(Progress.NONE).rows()).as("the final state at once").hasSize(2000);
    }

    /** A clock the test moves. */
    private static final class MutableClock extends java.time.Clock {
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

    @Test
    void joinsSubmissionOutcomeWithRunStatusAndReasons() {
        List<RunRow> rows = new BatchTracker(api, "7364512", Map.of()).poll(Progress.NONE).rows();

        assertThat(rows).extracting(RunRow::runSettingId, RunRow::runStatus, RunRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1", RunStatus.RUNNING, null),
                org.assertj.core.groups.Tuple.tuple("s2", RunStatus.FAILED, "OUT_OF_MEMORY: task align ran out of memory"),
                org.assertj.core.groups.Tuple.tuple("s3", null, "ValidationException: parameter fastq_1 is required"));
    }

    @Test
    void asksGetRunForAFailedRunOnlyOnce() {
        BatchTracker tracker = new BatchTracker(api, "7364512", Map.of());
        tracker.poll(Progress.NONE);
        tracker.invalidate();
        tracker.poll(Progress.NONE);

        assertThat(api.count("GetRun 102")).isEqualTo(1);
        assertThat(api.count("GetRun 101")).isZero();
    }

    @Test
    void outputLocationUsesTheRunsOverrideFromTheDraftElseTheBatchDefault() {
        List<RunRow> rows = new BatchTracker(api, "7364512", Map.of("s1", "s3://special/s1"))
                .poll(Progress.NONE).rows();

        assertThat(rows.get(0).outputLocation()).isEqualTo("s3://special/s1/101/");
        assertThat(rows.get(1).outputLocation()).isEqualTo("s3://results/cohort/102/out"); // GetRun's runOutputUri
        assertThat(rows.get(2).outputLocation()).isNull(); // never started
    }

    private static RunListItem item(String id, RunStatus status) {
        return new RunListItem("arn:aws:omics:eu-west-1:123456789012:run/" + id, id, status, "1234567", "7364512",
                "run-" + id, null, null, null, null, null, null, null);
    }

    private static Run run(String id, String failureReason) {
        return new Run("arn:aws:omics:eu-west-1:123456789012:run/" + id, id, null, RunStatus.FAILED, "1234567",
                "PRIVATE", null, null, "run-" + id, null, "7364512", null, null, null, null, "s3://results/cohort",
                "s3://results/cohort/" + id + "/out", null, null, null, null, null, null, null, null, null,
                failureReason, null);
    }
}
