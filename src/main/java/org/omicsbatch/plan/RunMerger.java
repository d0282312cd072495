package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

/**
 * Merges a run's {@code InlineSetting} into the batch's {@code defaultRunSetting} the way the service
 * documents it: {@code parameters} and {@code runTags} shallowly by top-level key (the run's value wins,
 * an array or object value is replaced whole); {@code name}, {@code outputUri}, {@code priority} and
 * {@code outputBucketOwnerId} replaced by the run's value; every other member from the default.
 *
 * <p>The service doc says nothing about a JSON {@code null} override. A null value under a key is kept
 * as given (it wins, like any run value) and {@link DraftValidator} warns about it; a whole
 * {@code parameters: null} or {@code runTags: null} merges no keys.
 */
public final class RunMerger {

    private RunMerger() {
    }

    /** Every run of the draft, merged (for a table; large drafts should prefer {@link #forEach}). */
    public static List<EffectiveRun> mergeAll(BatchDraft draft) {
        List<EffectiveRun> runs = new ArrayList<>(draft.runs().size());
        forEach(draft, Progress.NONE, runs::add);
        return runs;
    }

    /** Merges the runs one at a time so a caller can stream 100,000 of them without keeping them. */
    public static void forEach(BatchDraft draft, Progress progress, Consumer<EffectiveRun> sink) {
        List<InlineSetting> runs = draft.runs();
        DefaultRunSetting defaults = draft.defaultRunSetting();
        for (int i = 0; i < runs.size(); i++) {
            if (i % 1000 == 0) {
                progress.checkCancelled();
                progress.update(i, runs.size(), "Merging run settings");
            }
            sink.accept(merge(defaults, runs.get(i), i));
        }
        progress.update(runs.size(), runs.size(), "Merged run settings");
    }

    public static EffectiveRun merge(DefaultRunSetting defaults, InlineSetting run, int index) {
        DefaultRunSetting base = defaults == null ? DefaultRunSetting.builder().build() : defaults;
        Map<String, Provenance> members = new LinkedHashMap<>();
        for (String member : RunMembers.names()) {
            if (RunMembers.get(base, member) != null) {
                members.put(member, Provenance.DEFAULT);
            }
        }
        DefaultRunSetting.Builder merged = base.toBuilder().unknownMembers(null);
        replace(members, "name", run.name(), merged::name);
        replace(members, "outputUri", run.outputUri(), merged::outputUri);
        replace(members, "priority", run.priority(), merged::priority);
        replace(members, "outputBucketOwnerId", run.outputBucketOwnerId(), merged::outputBucketOwnerId);

        Map<String, Provenance> paramSources = new LinkedHashMap<>();
        ObjectNode params = mergeParameters(base.parameters(), run.parameters(), paramSources);
        merged.parameters(params);
        setMergedProvenance(members, "parameters", params == null ? null : paramSources);

        Map<String, Provenance> tagSources = new LinkedHashMap<>();
        Map<String, String> tags = mergeTags(base.runTags(), run.runTags(), tagSources);
        merged.runTags(tags);
        setMergedProvenance(members, "runTags", tags == null ? null : tagSources);

        return new EffectiveRun(index, run.runSettingId(), merged.build(), members, paramSources, tagSources);
    }

    private static <T> void replace(Map<String, Provenance> members, String member, T runValue, Consumer<T> setter) {
        if (runValue != null) {
            setter.accept(runValue);
            members.put(member, Provenance.RUN);
        }
    }

    /** A merged member is the run's when any of its keys is the run's. */
    private static void setMergedProvenance(Map<String, Provenance> members, String member,
            Map<String, Provenance> keys) {
        if (keys == null) {
            members.remove(member);
        } else {
            members.put(member, keys.containsValue(Provenance.RUN) ? Provenance.RUN : Provenance.DEFAULT);
        }
    }

    static ObjectNode mergeParameters(JsonNode defaults, JsonNode run, Map<String, Provenance> sources) {
        boolean hasDefault = defaults != null && defaults.isObject();
        boolean hasRun = run != null && run.isObject();
        if (!hasDefault && !hasRun) {
            return null;
        }
        ObjectNode merged = Json.mapper().createObjectNode();
        if (hasDefault) {
            copyFields(defaults, merged, sources, Provenance.DEFAULT);
        }
        if (hasRun) {
            copyFields(run, merged, sources, Provenance.RUN);
        }
        return merged;
    }

    private static void copyFields(JsonNode from, ObjectNode to, Map<String, Provenance> sources, Provenance p) {
        for (Map.Entry<String, JsonNode> e : from.properties()) {
            to.set(e.getKey(), e.getValue());
            sources.put(e.getKey(), p);
        }
    }

    static Map<String, String> mergeTags(Map<String, String> defaults, Map<String, String> run,
            Map<String, Provenance> sources) {
        if (defaults == null && run == null) {
            return null;
        }
        Map<String, String> merged = new LinkedHashMap<>();
        if (defaults != null) {
            defaults.forEach((k, v) -> {
                merged.put(k, v);
                sources.put(k, Provenance.DEFAULT);
            });
        }
        if (run != null) {
            run.forEach((k, v) -> {
                merged.put(k, v);
                sources.put(k, Provenance.RUN);
            });
        }
        return merged;
    }
}
