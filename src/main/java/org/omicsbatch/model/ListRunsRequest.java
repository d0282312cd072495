package org.omicsbatch.model;

/** ListRuns's query, as this app uses it: the runs of one batch, by execution status. */
public record ListRunsRequest(String batchId, RunStatus status, String name, String runGroupId, Integer maxResults,
        String startingToken) {

    public static ListRunsRequest ofBatch(String batchId) {
        return new ListRunsRequest(batchId, null, null, null, null, null);
    }

    public ListRunsRequest withStartingToken(String token) {
        return new ListRunsRequest(batchId, status, name, runGroupId, maxResults, token);
    }
}
