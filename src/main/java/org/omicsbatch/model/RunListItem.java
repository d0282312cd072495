package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One run in a ListRuns page (execution status). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunListItem(
        String arn,
        String id,
        RunStatus status,
        String workflowId,
        String batchId,
        String name,
        Integer priority,
        Integer storageCapacity,
        Instant creationTime,
        Instant startTime,
        Instant stopTime,
        String storageType,
        String workflowVersionName) {
}
