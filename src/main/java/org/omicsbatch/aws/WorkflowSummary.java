package org.omicsbatch.aws;

import java.time.Instant;

/** One workflow of ListWorkflows. {@code type} is PRIVATE or READY2RUN (batches refuse READY2RUN). */
public record WorkflowSummary(String id, String name, String type, String status, String description, Instant creationTime,
        String ownerAccountId) {
}
