package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A ListRuns page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListRunsResponse(List<RunListItem> items, String nextToken) {
    public ListRunsResponse {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
