package org.omicsbatch.ui.wizard.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import org.omicsbatch.aws.WorkflowDetails;

/**
 * Rebuilds the {@link WorkflowDetails} a draft was made for from the GetWorkflow reply it keeps under
 * {@code omicsBatchLauncher.workflow}, so a reopened draft shows its parameters without a connection.
 */
public final class WorkflowDetailsJson {
    private WorkflowDetailsJson() {
    }

    /** The details, or null when {@code raw} is not an object with an id. */
    public static WorkflowDetails fromRaw(JsonNode raw) {
        if (raw == null || !raw.isObject() || !raw.hasNonNull("id")) {
            return null;
        }
        JsonNode template = raw.get("parameterTemplate");
        return new WorkflowDetails(text(raw, "id"), text(raw, "name"), text(raw, "versionName"), text(raw, "type"),
                text(raw, "status"), text(raw, "description"), text(raw, "engine"),
                raw.hasNonNull("storageCapacity") && raw.get("storageCapacity").canConvertToInt()
                        ? raw.get("storageCapacity").intValue() : null,
                text(raw, "storageType"), template != null && template.isObject() ? template : null, raw);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
