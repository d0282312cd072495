package org.omicsbatch.ui.monitor;

import java.time.Instant;
import java.util.Map;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.RunSummary;
import org.omicsbatch.model.SubmissionSummary;

/** GetBatch replies for tests, shaped like the service's. */
final class Batches {
    static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private Batches() {
    }

    static Batch batch(BatchStatus status, SubmissionSummary sub, RunSummary runs) {
        return new Batch("7364512", "arn:aws:omics:eu-west-1:123456789012:runBatch/7364512", "u-1", "wgs-cohort",
                status, Map.of("project", "cohort-7"), 4,
                DefaultRunSetting.builder().workflowId("1234567").roleArn("arn:aws:iam::123456789012:role/OmicsRun")
                        .outputUri("s3://results/cohort").build(),
                sub, runs, T0, status.ordinal() >= BatchStatus.INPROGRESS.ordinal() ? T0.plusSeconds(120) : null,
                status == BatchStatus.PROCESSED ? T0.plusSeconds(3600) : null,
                status == BatchStatus.FAILED ? T0.plusSeconds(60) : null,
                status == BatchStatus.FAILED ? "The settings file changed after submission (ETag mismatch)" : null);
    }

    static SubmissionSummary submissions(int ok, int failed, int pending) {
        return new SubmissionSummary(ok, failed, pending, 0, 0, 0, 0);
    }

    static RunSummary runs(int pending, int running, int completed, int failed) {
        return new RunSummary(pending, 0, running, 0, completed, 0, failed, 0);
    }
}
