package org.omicsbatch.model;

/** ListRunsInBatch's path and query; at most one of the three filters per call. */
public record ListRunsInBatchRequest(String batchId, Integer maxItems, String startingToken,
        SubmissionStatus submissionStatus, String runSettingId, String runId) {

    public static ListRunsInBatchRequest of(String batchId) {
        return new ListRunsInBatchRequest(batchId, null, null, null, null, null);
    }

    public ListRunsInBatchRequest withStartingToken(String token) {
        return new ListRunsInBatchRequest(batchId, maxItems, token, submissionStatus, runSettingId, runId);
    }
}
