package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The 201 reply of StartRunBatch; {@code status} is {@code CREATING} while the batch initialises. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartRunBatchResponse(String id, String arn, BatchStatus status, String uuid, Map<String, String> tags) {
}
