package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.omicsbatch.model.Json;

/**
 * Folds a group's rows into one run. A parameter whose values differ within any group (lanes'
 * {@code fastq_1}) becomes an array in every run, so a workflow always gets the same shape; one that
 * is the same throughout a group ({@code strandedness}) stays a single value. Run fields such as
 * {@code outputUri} must agree within a group: a second, different value is an error on its line.
 */
final class GroupFolder {
    private final CompiledMapping mapping;
    private final ProblemLog log;
    private final Set<String> arrayParams = new HashSet<>();

    GroupFolder(CompiledMapping mapping, ProblemLog log) {
        this.mapping = mapping;
        this.log = log;
    }

    /** First pass: learns which parameters vary within a group. */
    void observe(List<RunFields> rows) {
        if (rows.size() < 2) {
            return;
        }
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> r.parameters().fieldNames().forEachRemaining(keys::add));
        for (String key : keys) {
            JsonNode first = rows.get(0).parameters().get(key);
            for (RunFields r : rows) {
                if (!Objects.equals(first, r.parameters().get(key))) {
                    arrayParams.add(key);
                    break;
                }
            }
        }
    }

    RunFields fold(List<SheetRow> rows, List<RunFields> fields) {
        RunFields run = new RunFields(log);
        RunFields first = fields.get(0);
        run.runSettingId = first.runSettingId;
        run.name = first.name;
        run.outputUri = first.outputUri;
        run.priority = first.priority;
        run.outputBucketOwnerId = first.outputBucketOwnerId;
        run.tags.putAll(first.tags);
        for (int i = 1; i < fields.size(); i++) {
            agree(run, fields.get(i), rows.get(0).line(), rows.get(i).line());
        }
        Set<String> keys = new java.util.LinkedHashSet<>();
        fields.forEach(r -> r.parameters().fieldNames().forEachRemaining(keys::add));
        for (String key : keys) {
            run.setParameter(key, arrayParams.contains(key) ? array(key, fields) : firstValue(key, fields));
        }
        return run;
    }

    private static JsonNode firstValue(String key, List<RunFields> fields) {
        for (RunFields f : fields) {
            if (f.parameters().has(key)) {
                return f.parameters().get(key);
            }
        }
        return null;
    }

    /** Row order kept; a row without the value holds null so lanes of fastq_1 and fastq_2 stay paired. */
    private ArrayNode array(String key, List<RunFields> fields) {
        ArrayNode a = Json.mapper().createArrayNode();
        boolean list = isListType(key);
        for (RunFields f : fields) {
            JsonNode v = f.parameters().get(key);
            if (v == null) {
                a.addNull();
            } else if (list && v.isArray()) {
                a.addAll((ArrayNode) v);
            } else {
                a.add(v);
            }
        }
        return a;
    }

    private boolean isListType(String key) {
        return mapping.bindings.stream().anyMatch(b -> b.target().kind() == MappingTarget.Kind.PARAM
                && b.target().key().equals(key) && b.target().type() == ValueType.LIST);
    }

    private void agree(RunFields run, RunFields other, int firstLine, int line) {
        check("runSettingId", run.runSettingId, other.runSettingId, firstLine, line);
        check("name", run.name, other.name, firstLine, line);
        check("outputUri", run.outputUri, other.outputUri, firstLine, line);
        check("priority", run.priority, other.priority, firstLine, line);
        check("outputBucketOwnerId", run.outputBucketOwnerId, other.outputBucketOwnerId, firstLine, line);
        other.tags.forEach((k, v) -> check("tag:" + k, run.tags.get(k), v, firstLine, line));
    }

    private void check(String target, Object kept, Object other, int firstLine, int line) {
        if (kept != null && other != null && !kept.equals(other)) {
            log.error(line, columnOf(target), target + " \"" + other + "\" differs from \"" + kept + "\" on line " + firstLine
                    + " of the same " + (mapping.groupByName == null ? "run" : mapping.groupByName)
                    + "; a run has one " + target + ", so make them equal or map this column to a parameter");
        }
    }

    private String columnOf(String target) {
        for (CompiledMapping.Binding b : mapping.bindings) {
            if (b.target().toString().equals(target)) {
                return b.label();
            }
        }
        for (CompiledMapping.TemplateBinding t : mapping.templates) {
            if (t.target().toString().equals(target)) {
                return t.label();
            }
        }
        return null;
    }
}
