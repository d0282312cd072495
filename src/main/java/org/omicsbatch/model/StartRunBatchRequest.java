package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** The body of {@code POST /runBatch}, exactly as the service (and {@code --cli-input-json}) takes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"batchName", "requestId", "tags", "defaultRunSetting", "batchRunSettings"})
public record StartRunBatchRequest(
        String batchName,
        String requestId,
        Map<String, String> tags,
        DefaultRunSetting defaultRunSetting,
        BatchRunSettings batchRunSettings) {
}
