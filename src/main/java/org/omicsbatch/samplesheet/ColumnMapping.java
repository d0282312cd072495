package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omicsbatch.drafts.JsonFiles;
import org.omicsbatch.model.Json;

/**
 * How a sheet becomes runs, saved as JSON so the next sheet of the same kind needs no typing:
 * <pre>{"columns": {"sample": "runSettingId", "fastq_1": "param:fastq_1"},
 *  "templates": {"outputUri": "s3://lab/out/{sample}/"},
 *  "groupBy": "sample", "groupSheet": "input"}</pre>
 *
 * @param columns    sheet column → target; unlisted columns are not used
 * @param templates  target (as text, e.g. {@code outputUri}, {@code param:genome}) → a constant or
 *                   {@code {column}} template
 * @param groupBy    column whose equal values fold rows into one run, or null for one run per row
 * @param groupSheet parameter that receives each run's own sample sheet (the run's rows under the
 *                   sheet's header) as a {@code file:} value, or null to fold rows into arrays
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"columns", "templates", "groupBy", "groupSheet"})
public record ColumnMapping(Map<String, MappingTarget> columns, Map<String, String> templates, String groupBy,
        String groupSheet) {

    public ColumnMapping {
        columns = columns == null ? new LinkedHashMap<>() : new LinkedHashMap<>(columns);
        templates = templates == null ? new LinkedHashMap<>() : new LinkedHashMap<>(templates);
        groupBy = groupBy == null || groupBy.isBlank() ? null : groupBy;
        groupSheet = groupSheet == null || groupSheet.isBlank() ? null : groupSheet;
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(null, null, null, null);
    }

    public ColumnMapping withColumn(String column, MappingTarget target) {
        Map<String, MappingTarget> c = new LinkedHashMap<>(columns);
        c.put(column, target);
        return new ColumnMapping(c, templates, groupBy, groupSheet);
    }

    public ColumnMapping withTemplate(MappingTarget target, String template) {
        Map<String, String> t = new LinkedHashMap<>(templates);
        t.put(target.toString(), template);
        return new ColumnMapping(columns, t, groupBy, groupSheet);
    }

    public ColumnMapping withGroupBy(String column) {
        return new ColumnMapping(columns, templates, column, groupSheet);
    }

    public ColumnMapping withGroupSheet(String parameter) {
        return new ColumnMapping(columns, templates, groupBy, parameter);
    }

    /**
     * Applies one {@code --map} argument: {@code COLUMN=TARGET} maps a column; {@code TARGET=TEXT}
     * (when the right side is no target) sets a constant or template, e.g.
     * {@code outputUri=s3://lab/out/{sample}/}.
     */
    public ColumnMapping withArgument(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--map " + argument + ": expected COLUMN=TARGET or TARGET=TEMPLATE");
        }
        String left = argument.substring(0, eq).strip();
        String right = argument.substring(eq + 1);
        MappingTarget target = MappingTarget.tryParse(right);
        if (target != null) {
            return withColumn(left, target);
        }
        if (right.strip().toLowerCase(java.util.Locale.ROOT).startsWith("param:")) {
            MappingTarget.parse(right); // says what is wrong with the type
        }
        MappingTarget templated = MappingTarget.tryParse(left);
        if (templated == null || templated.kind() == MappingTarget.Kind.IGNORE) {
            throw new IllegalArgumentException("--map " + argument + ": \"" + right + "\" is not a target (runSettingId, name,"
                    + " outputUri, priority, outputBucketOwnerId, param:<name>[:type], tag:<key>, ignore) and \"" + left
                    + "\" is not a target a template can fill");
        }
        Template.parse(right); // syntax errors now, unknown columns when the sheet is read
        return withTemplate(templated, right);
    }

    /**
     * This mapping with {@code other}'s entries on top. Each target keeps one source, the overriding
     * one: {@code --map Sample_Name=runSettingId} over a suggestion of {@code Sample_ID} moves the id,
     * it does not make two.
     */
    public ColumnMapping overriddenBy(ColumnMapping other) {
        Map<String, MappingTarget> c = new LinkedHashMap<>(columns);
        Map<String, String> t = new LinkedHashMap<>(templates);
        other.columns.forEach((column, target) -> {
            if (target.kind() != MappingTarget.Kind.IGNORE) {
                c.values().removeIf(existing -> existing.slot().equals(target.slot()));
                t.keySet().removeIf(existing -> MappingTarget.parse(existing).slot().equals(target.slot()));
            }
            c.put(column, target);
        });
        other.templates.forEach((targetText, template) -> {
            String slot = MappingTarget.parse(targetText).slot();
            c.replaceAll((column, existing) -> existing.slot().equals(slot) ? MappingTarget.IGNORE : existing);
            t.keySet().removeIf(existing -> MappingTarget.parse(existing).slot().equals(slot));
            t.put(targetText, template);
        });
        return new ColumnMapping(c, t, other.groupBy != null ? other.groupBy : groupBy,
                other.groupSheet != null ? other.groupSheet : groupSheet);
    }

    public static ColumnMapping read(Path file) throws IOException {
        return Json.mapper().readValue(file.toFile(), ColumnMapping.class);
    }

    /** Writes atomically, as every file of the app is written (a crash leaves the old file). */
    public void write(Path file) throws IOException {
        JsonFiles.write(file, this);
    }
}
