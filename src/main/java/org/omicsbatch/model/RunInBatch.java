package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The service's {@code RunBatchListItem}: how one run setting fared at submission. {@code runId}
 * is empty when the submission failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunInBatch(
        String runSettingId,
        String runId,
        String runInternalUuid,
        String runArn,
        SubmissionStatus submissionStatus,
        String submissionFailureReason,
        String submissionFailureMessage) {
}
