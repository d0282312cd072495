package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** The reply of GetBatch: a batch's status, counters and timeline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Batch(
        String id,
        String arn,
        String uuid,
        String name,
        BatchStatus status,
        Map<String, String> tags,
        Integer totalRuns,
        DefaultRunSetting defaultRunSetting,
        SubmissionSummary submissionSummary,
        RunSummary runSummary,
        Instant creationTime,
        Instant submittedTime,
        Instant processedTime,
        Instant failedTime,
        String failureReason) {
}
