package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A ListBatch page; {@code nextToken} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListBatchResponse(List<BatchListItem> items, String nextToken) {
    public ListBatchResponse {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
