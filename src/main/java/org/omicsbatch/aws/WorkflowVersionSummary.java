package org.omicsbatch.aws;

import java.time.Instant;

/** One version of ListWorkflowVersions. */
public record WorkflowVersionSummary(String workflowId, String versionName, String status, String description,
        Instant creationTime) {
}
