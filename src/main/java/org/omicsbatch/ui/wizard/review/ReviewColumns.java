package org.omicsbatch.ui.wizard.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.plan.EffectiveRun;
import org.omicsbatch.plan.Provenance;
import org.omicsbatch.plan.RunMembers;
import org.omicsbatch.ui.components.runs.RunColumn;

/**
 * The columns of the review table and how a merged run fills them. Members a run may replace come
 * first, then every parameter ({@code param:<name>}) and run tag ({@code tag:<key>}); the members all
 * runs share are shown once above the table instead.
 */
final class ReviewColumns {
    /** Members an {@code InlineSetting} can replace, in the runs table's order. */
    static final List<String> RUN_MEMBERS = List.of("name", "outputUri", "outputBucketOwnerId", "priority");

    private ReviewColumns() {
    }

    /** The value a merged run has under a column key, as text (JSON for non-string parameters). */
    static String value(EffectiveRun run, String key) {
        if (key.startsWith(RunColumn.PARAM_PREFIX)) {
            JsonNode params = run.settings().parameters();
            JsonNode value = params == null ? null : params.get(key.substring(RunColumn.PARAM_PREFIX.length()));
            return value == null ? null : value.isTextual() ? value.asText() : value.toString();
        }
        if (key.startsWith(RunColumn.TAG_PREFIX)) {
            var tags = run.settings().runTags();
            return tags == null ? null : tags.get(key.substring(RunColumn.TAG_PREFIX.length()));
        }
        Object value = RunMembers.get(run.settings(), key);
        return value == null ? null : value.toString();
    }

    /** Where the value under a column key came from, or null when the run has none. */
    static Provenance provenance(EffectiveRun run, String key) {
        if (key.startsWith(RunColumn.PARAM_PREFIX)) {
            return run.provenanceOfParameter(key.substring(RunColumn.PARAM_PREFIX.length()));
        }
        if (key.startsWith(RunColumn.TAG_PREFIX)) {
            return run.provenanceOfTag(key.substring(RunColumn.TAG_PREFIX.length()));
        }
        return run.provenanceOf(key);
    }

    /** A runs-table column key as a problem's field path: {@code param:x} → {@code parameters.x}. */
    static String fieldPath(String columnKey) {
        if (columnKey.startsWith(RunColumn.PARAM_PREFIX)) {
            return "parameters." + columnKey.substring(RunColumn.PARAM_PREFIX.length());
        }
        if (columnKey.startsWith(RunColumn.TAG_PREFIX)) {
            return "runTags." + columnKey.substring(RunColumn.TAG_PREFIX.length());
        }
        return columnKey;
    }

    /** The parameter names of a template (a GetWorkflow reply's {@code parameterTemplate}), or none. */
    static List<String> names(JsonNode template) {
        List<String> names = new ArrayList<>();
        if (template != null && template.path("parameterTemplate").isObject()) {
            template = template.get("parameterTemplate"); // a whole GetWorkflow reply, as a draft keeps it
        }
        if (template != null && template.isObject()) {
            template.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** Adds every parameter name and tag key of the defaults and the runs. */
    static void collect(BatchDraft draft, Set<String> parameters, Set<String> tags) {
        var defaults = draft.defaultRunSetting();
        if (defaults != null) {
            add(defaults.parameters(), parameters);
            if (defaults.runTags() != null) {
                tags.addAll(defaults.runTags().keySet());
            }
        }
        for (InlineSetting run : draft.runs()) {
            add(run.parameters(), parameters);
            if (run.runTags() != null) {
                tags.addAll(run.runTags().keySet());
            }
        }
    }

    private static void add(JsonNode params, Set<String> names) {
        if (params != null && params.isObject()) {
            params.fieldNames().forEachRemaining(names::add);
        }
    }
}
