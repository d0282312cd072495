package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A ListRunsInBatch page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListRunsInBatchResponse(List<RunInBatch> runs, String nextToken) {
    public ListRunsInBatchResponse {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }
}
