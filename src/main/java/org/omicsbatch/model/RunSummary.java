package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The service's {@code RunSummary}. The service says these counts are eventually consistent and
 * may lag behind the runs; they are exact once the batch is {@code PROCESSED}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
        Integer pendingRunCount,
        Integer startingRunCount,
        Integer runningRunCount,
        Integer stoppingRunCount,
        Integer completedRunCount,
        Integer deletedRunCount,
        Integer failedRunCount,
        Integer cancelledRunCount) {

    public static final RunSummary EMPTY = new RunSummary(0, 0, 0, 0, 0, 0, 0, 0);

    public int total() {
        return SubmissionSummary.n(pendingRunCount) + SubmissionSummary.n(startingRunCount)
                + SubmissionSummary.n(runningRunCount) + SubmissionSummary.n(stoppingRunCount)
                + SubmissionSummary.n(completedRunCount) + SubmissionSummary.n(deletedRunCount)
                + SubmissionSummary.n(failedRunCount) + SubmissionSummary.n(cancelledRunCount);
    }
}
