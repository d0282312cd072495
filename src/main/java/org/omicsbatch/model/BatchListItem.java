package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One batch in a ListBatch page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchListItem(String id, String name, BatchStatus status, Instant createdAt, Integer totalRuns,
        String workflowId) {
}
