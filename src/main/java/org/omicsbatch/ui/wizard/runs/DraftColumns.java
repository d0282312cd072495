package org.omicsbatch.ui.wizard.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.ui.components.runs.RunColumn;

/** How the draft meets the runs table's columns: inherited values, template parameters, problem fields. */
final class DraftColumns {
    private DraftColumns() {
    }

    /** What an empty cell of the column inherits from the run defaults, as text (JSON for non-strings). */
    static String defaultFor(DefaultRunSetting defaults, RunColumn column) {
        if (defaults == null) {
            return null;
        }
        return switch (column.kind()) {
            case NAME -> defaults.name();
            case OUTPUT_URI -> defaults.outputUri();
            case OUTPUT_BUCKET_OWNER_ID -> defaults.outputBucketOwnerId();
            case PRIORITY -> defaults.priority() == null ? null : defaults.priority().toString();
            case PARAMETER -> parameterText(defaults.parameters(), column);
            case TAG -> defaults.runTags() == null ? null : defaults.runTags().get(column.name());
            case RUN_SETTING_ID -> null;
        };
    }

    /** The parameter names of a workflow's template, in its order (none without a template). */
    static List<String> parameterNames(JsonNode template) {
        List<String> names = new ArrayList<>();
        if (template != null && template.isObject()) {
            template.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** A problem's field path as a column key: {@code parameters.x} → {@code param:x}, {@code runTags.k} → {@code tag:k}. */
    static String columnKey(String field) {
        if (field == null) {
            return "runSettingId";
        }
        String f = field.replaceFirst("^(batchRunSettings\\.)?inlineSettings\\[\\d+]\\.", "");
        if (f.startsWith("parameters.")) {
            return RunColumn.PARAM_PREFIX + f.substring("parameters.".length());
        }
        if (f.startsWith("runTags.")) {
            return RunColumn.TAG_PREFIX + f.substring("runTags.".length());
        }
        return f;
    }

    private static String parameterText(JsonNode parameters, RunColumn column) {
        JsonNode value = parameters == null ? null : parameters.get(column.name());
        if (value == null) {
            return null;
        }
        return column.type() == RunColumn.ValueType.TEXT && value.isTextual() ? value.asText() : value.toString();
    }
}
