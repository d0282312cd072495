package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** The members of GetRun this app shows (the reply has more; they are ignored). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Run(
        String arn,
        String id,
        String uuid,
        RunStatus status,
        String workflowId,
        String workflowType,
        String workflowVersionName,
        String roleArn,
        String name,
        String runGroupId,
        String batchId,
        Integer priority,
        JsonNode parameters,
        Integer storageCapacity,
        String storageType,
        String outputUri,
        String runOutputUri,
        String logLevel,
        JsonNode logLocation,
        String retentionMode,
        String cacheId,
        String cacheBehavior,
        Instant creationTime,
        Instant startTime,
        Instant stopTime,
        String statusMessage,
        String failureReason,
        Map<String, String> tags) {
}
