package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The service's {@code SubmissionSummary}: outcomes of start, cancel and delete submissions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionSummary(
        Integer successfulStartSubmissionCount,
        Integer failedStartSubmissionCount,
        Integer pendingStartSubmissionCount,
        Integer successfulCancelSubmissionCount,
        Integer failedCancelSubmissionCount,
        Integer successfulDeleteSubmissionCount,
        Integer failedDeleteSubmissionCount) {

    public static final SubmissionSummary EMPTY = new SubmissionSummary(0, 0, 0, 0, 0, 0, 0);

    /** Starts that have an outcome, successful or not. */
    public int decidedStarts() {
        return n(successfulStartSubmissionCount) + n(failedStartSubmissionCount);
    }

    static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
