package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omicsbatch.plan.RunMembers;

/**
 * Proposes a target for every column so that a typical sheet needs no typing: the sample column
 * becomes {@code runSettingId}, columns named like a workflow parameter become that parameter
 * ({@code fastq_1} ↔ {@code fastq1}: case, {@code _}, {@code -} and spaces ignored), and a sheet
 * exported by this app maps back by its column names. Every suggestion carries its reason.
 */
public final class MappingSuggester {
    /** Column names that identify a sample, best first ({@code Sample_ID} before {@code Sample_Name}). */
    private static final List<String> ID_NAMES = List.of("runsettingid", "sampleid", "sample", "samplename", "id",
            "pairid", "participantid");
    private static final Map<String, MappingTarget> RUN_FIELDS = Map.of(
            "runname", MappingTarget.NAME, "outputuri", MappingTarget.OUTPUT_URI,
            "priority", MappingTarget.PRIORITY, "outputbucketownerid", MappingTarget.OUTPUT_BUCKET_OWNER_ID);

    private MappingSuggester() {
    }

    /**
     * @param parameterTemplate the workflow's {@code parameterTemplate} ({@code {"name": {…}}}), or null
     *                          when no workflow is chosen: every other column then becomes a parameter
     *                          of its own name
     */
    public static List<MappingSuggestion> suggest(List<String> header, SheetLayout layout, JsonNode parameterTemplate) {
        Map<String, String> params = templateNames(parameterTemplate);
        List<MappingSuggestion> out = new ArrayList<>();
        int idColumn = idColumn(header, layout);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            MappingTarget named = namedTarget(column);
            if (named != null && named.kind() != MappingTarget.Kind.IGNORE) {
                out.add(new MappingSuggestion(column, named, "the column is named after the target"));
            } else if (i == idColumn) {
                out.add(new MappingSuggestion(column, MappingTarget.RUN_SETTING_ID, idReason(column, layout)));
            } else {
                out.add(byName(column, params, parameterTemplate != null));
            }
        }
        return out;
    }

    /** The suggestions as a mapping ready to import with; the id column also feeds a same-named parameter. */
    public static ColumnMapping toMapping(List<MappingSuggestion> suggestions, JsonNode parameterTemplate) {
        Map<String, String> params = templateNames(parameterTemplate);
        ColumnMapping m = ColumnMapping.empty();
        for (MappingSuggestion s : suggestions) {
            String param = params.get(normalize(s.column()));
            if (s.target().kind() == MappingTarget.Kind.RUN_SETTING_ID && param != null) {
                // e.g. a WDL "sample_name" input: the value is both the run's id and a parameter.
                m = m.withColumn(s.column(), MappingTarget.param(param))
                        .withTemplate(MappingTarget.RUN_SETTING_ID, "{" + s.column() + "}");
            } else {
                m = m.withColumn(s.column(), s.target());
            }
        }
        return m;
    }

    /** Suggests and builds the mapping in one step. */
    public static ColumnMapping suggestMapping(List<String> header, SheetLayout layout, JsonNode parameterTemplate) {
        return toMapping(suggest(header, layout, parameterTemplate), parameterTemplate);
    }

    /**
     * The column to group by when the id column repeats in the given rows (lanes or runs of one
     * sample on several rows), with the lines that show it; empty when every id is unique.
     */
    public static java.util.Optional<MappingSuggestion> suggestGroupBy(List<String> header, List<SheetRow> rows,
            ColumnMapping mapping) {
        for (var e : mapping.columns().entrySet()) {
            int column = CompiledMapping.indexOf(header, e.getKey());
            if (e.getValue().kind() != MappingTarget.Kind.RUN_SETTING_ID || column < 0) {
                continue;
            }
            Map<String, Integer> firstLine = new java.util.HashMap<>();
            for (SheetRow r : rows) {
                String id = r.cell(column);
                Integer before = id.isEmpty() ? null : firstLine.putIfAbsent(id, r.line());
                if (before != null) {
                    return java.util.Optional.of(new MappingSuggestion(header.get(column), MappingTarget.RUN_SETTING_ID,
                            "\"" + id + "\" is on lines " + before + " and " + r.line()
                                    + ": group by " + header.get(column) + " to make one run of its rows"));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A column named after a target, as in an exported sheet; a malformed one is just a name. */
    private static MappingTarget namedTarget(String column) {
        return MappingTarget.tryParse(column);
    }

    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    private static int idColumn(List<String> header, SheetLayout layout) {
        if (layout != null && (layout.headerless() || layout.format() == SheetFormat.TERRA)) {
            return 0;
        }
        for (String want : ID_NAMES) {
            for (int i = 0; i < header.size(); i++) {
                if (normalize(header.get(i)).equals(want)) {
                    return i;
                }
            }
        }
        // Every run needs an id; the first column usually names the row, and the user sees why.
        return header.isEmpty() || namedTarget(header.get(0)) != null ? -1 : 0;
    }

    private static String idReason(String column, SheetLayout layout) {
        if (layout != null && layout.headerless()) {
            return "one value per line and no header: each line is one run";
        }
        if (layout != null && layout.format() == SheetFormat.TERRA) {
            return "Terra's entity column identifies each row";
        }
        if (ID_NAMES.contains(normalize(column))) {
            return "\"" + column + "\" names the sample: each run's id";
        }
        return "no column is named like a sample id, so the first column is each run's id";
    }

    private static MappingSuggestion byName(String column, Map<String, String> params, boolean haveTemplate) {
        String key = normalize(column);
        String param = params.get(key);
        if (param != null) {
            String how = param.equals(column) ? "same name as workflow parameter \"" + param + "\""
                    : "matches workflow parameter \"" + param + "\" (case, _ and - ignored)";
            return new MappingSuggestion(column, MappingTarget.param(param), how);
        }
        if (isBatchWideMember(column)) {
            return new MappingSuggestion(column, MappingTarget.IGNORE, "\"" + column + "\" is set once for the batch"
                    + " (defaultRunSetting), not per run");
        }
        MappingTarget field = RUN_FIELDS.get(key);
        if (field != null) {
            return new MappingSuggestion(column, field, "the column is named like the run's " + field);
        }
        if (!haveTemplate) {
            return new MappingSuggestion(column, MappingTarget.param(column),
                    "no workflow chosen yet: the column's name is used as the parameter name");
        }
        return new MappingSuggestion(column, MappingTarget.IGNORE, "no workflow parameter is named like it");
    }

    /** A {@code DefaultRunSetting} member no {@code InlineSetting} can override, e.g. preview.csv's {@code workflowId}. */
    private static boolean isBatchWideMember(String column) {
        return RunMembers.names().contains(column) && !RunMembers.REPLACED_BY_RUN.contains(column)
                && !RunMembers.MERGED_BY_KEY.contains(column);
    }

    /** normalized name → the template's own spelling. */
    private static Map<String, String> templateNames(JsonNode template) {
        Map<String, String> names = new LinkedHashMap<>();
        if (template != null && template.isObject()) {
            for (Iterator<String> it = template.fieldNames(); it.hasNext();) {
                String n = it.next();
                names.putIfAbsent(normalize(n), n);
            }
        }
        return names;
    }
}
