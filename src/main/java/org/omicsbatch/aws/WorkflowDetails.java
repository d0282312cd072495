package org.omicsbatch.aws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What GetWorkflow tells about one workflow (or version).
 *
 * @param parameterTemplate {@code {"name": {"description": ..., "optional": ...}}} as the service
 *                          returns it; it declares no types
 * @param raw               the whole reply as JSON, kept in a draft so it can be validated offline
 */
public record WorkflowDetails(String id, String name, String versionName, String type, String status,
        String description, String engine, Integer storageCapacity, String storageType, JsonNode parameterTemplate,
        JsonNode raw) {
}
