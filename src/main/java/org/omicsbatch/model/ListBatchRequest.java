package org.omicsbatch.model;

/**
 * ListBatch's query. The service accepts only one of {@code status}, {@code name}, {@code runGroupId}
 * per call; a paginator that is given more sends one and applies the rest itself.
 */
public record ListBatchRequest(Integer maxItems, String startingToken, BatchStatus status, String name,
        String runGroupId) {

    public static ListBatchRequest all() {
        return new ListBatchRequest(null, null, null, null, null);
    }

    public ListBatchRequest withStartingToken(String token) {
        return new ListBatchRequest(maxItems, token, status, name, runGroupId);
    }
}
