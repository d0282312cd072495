package org.omicsbatch.ui.components.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/**
 * Converts between the runs table and the draft's {@code InlineSetting} list.
 *
 * <p>Cell values and the draft: an empty cell is no override (the default applies). A text parameter
 * column writes each cell as a JSON string; a JSON column parses it, so {@code 42}, {@code true},
 * {@code ["a","b"]} and {@code "quoted"} keep their JSON type. A column is typed JSON when a loaded run
 * already holds a non-string value in it; otherwise the import mapping or the user decides.
 * Cells that cannot become a value (a priority that is not a whole number, invalid JSON) are reported
 * as {@link CellProblem}s, never silently dropped.
 */
public final class InlineSettingsCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectReader STRICT = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private InlineSettingsCodec() {
    }

    /**
     * A table holding the runs; {@code parameterNames} (from the workflow's template, may be empty) get
     * a column even when no run sets them.
     */
    public static RunTableModel toTable(List<InlineSetting> runs, List<String> parameterNames) {
        Map<String, Boolean> params = new LinkedHashMap<>();
        parameterNames.forEach(p -> params.put(p, false));
        Set<String> tags = new LinkedHashSet<>();
        for (InlineSetting run : runs) {
            if (run.parameters() != null) {
                run.parameters().fields().forEachRemaining(e -> params.merge(e.getKey(), !e.getValue().isTextual(),
                        Boolean::logicalOr));
            }
            if (run.runTags() != null) {
                tags.addAll(run.runTags().keySet());
            }
        }
        List<RunColumn> columns = new ArrayList<>(RunColumn.memberColumns());
        params.forEach((name, json) -> columns.add(RunColumn.parameter(name,
                json ? RunColumn.ValueType.JSON : RunColumn.ValueType.TEXT)));
        tags.forEach(key -> columns.add(RunColumn.tag(key)));
        return fill(runs, columns);
    }

    /**
     * The table reads the runs' cells from the runs themselves (see {@link ImportedRuns}); only a
     * run's members unknown to this version are copied, as JSON text.
     */
    private static RunTableModel fill(List<InlineSetting> runs, List<RunColumn> columns) {
        int n = runs.size();
        int capacity = Math.max(16, n);
        List<String[]> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(new String[capacity]);
        }
        String[] extras = new String[capacity];
        int[] origin = new int[capacity];
        for (int r = 0; r < n; r++) {
            InlineSetting run = runs.get(r);
            origin[r] = r + 1;
            extras[r] = run.unknownMembers().isEmpty() ? null : write(Json.mapper().valueToTree(run.unknownMembers()));
        }
        RunTableModel model = new RunTableModel();
        model.replaceAll(new RunTableModel.Snapshot(List.copyOf(columns), cells, List.copyOf(columns), extras, n,
                new ImportedRuns(List.copyOf(runs), origin)));
        return model;
    }

    static String cellText(InlineSetting run, RunColumn column) {
        return switch (column.kind()) {
            case RUN_SETTING_ID -> run.runSettingId();
            case NAME -> run.name();
            case OUTPUT_URI -> run.outputUri();
            case OUTPUT_BUCKET_OWNER_ID -> run.outputBucketOwnerId();
            case PRIORITY -> run.priority() == null ? null : run.priority().toString();
            case PARAMETER -> parameterText(run.parameters(), column);
            case TAG -> run.runTags() == null ? null : run.runTags().get(column.name());
        };
    }

    private static String parameterText(JsonNode parameters, RunColumn column) {
        JsonNode value = parameters == null ? null : parameters.get(column.name());
        if (value == null) {
            return null;
        }
        return column.type() == RunColumn.ValueType.TEXT ? value.asText() : write(value);
    }

    /** The runs of the table, with a problem for each cell that could not become a value. */
    public static Conversion toInlineSettings(RunTableModel model) {
        List<InlineSetting> runs = new ArrayList<>(model.rowCount());
        List<CellProblem> problems = new ArrayList<>();
        for (int r = 0; r < model.rowCount(); r++) {
            runs.add(toInlineSetting(model, r, problems));
        }
        return new Conversion(runs, problems);
    }

    /** The run of one row; adds a problem for each of its cells that could not become a value. */
    public static InlineSetting toInlineSetting(RunTableModel model, int row, List<CellProblem> problems) {
        InlineSetting.Builder b = InlineSetting.builder();
        ObjectNode parameters = null;
        Map<String, String> tags = null;
        for (int c = 0; c < model.columnCount(); c++) {
            String text = model.get(row, c);
            if (text == null) {
                continue;
            }
            RunColumn column = model.column(c);
            switch (column.kind()) {
                case RUN_SETTING_ID -> b.runSettingId(text);
                case NAME -> b.name(text);
                case OUTPUT_URI -> b.outputUri(text);
                case OUTPUT_BUCKET_OWNER_ID -> b.outputBucketOwnerId(text);
                case PRIORITY -> b.priority(priority(text, row, column, problems));
                case PARAMETER -> {
                    parameters = parameters == null ? NODES.objectNode() : parameters;
                    parameters.set(column.name(), parameter(text, row, column, problems));
                }
                case TAG -> {
                    tags = tags == null ? new LinkedHashMap<>() : tags;
                    tags.put(column.name(), text);
                }
            }
        }
        b.parameters(parameters).runTags(tags);
        String extras = model.extras(row);
        if (extras != null) {
            b.unknownMembers(Json.mapper().convertValue(read(extras),
                    Json.mapper().getTypeFactory().constructMapType(LinkedHashMap.class, String.class, JsonNode.class)));
        }
        return b.build();
    }

    private static Integer priority(String text, int row, RunColumn column, List<CellProblem> problems) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(row, column.key(), "\"" + text + "\" is not a whole number (0 to 100000)"));
            return null;
        }
    }

    private static JsonNode parameter(String text, int row, RunColumn column, List<CellProblem> problems) {
        if (column.type() == RunColumn.ValueType.TEXT) {
            return NODES.textNode(text);
        }
        JsonNode value = read(text);
        if (value == null) {
            problems.add(new CellProblem(row, column.key(), "\"" + text + "\" is not valid JSON; write text in quotes"
                    + " (\"like this\") or make the column a text column"));
            return NODES.textNode(text);
        }
        return value;
    }

    private static JsonNode read(String text) {
        try {
            // Trailing tokens fail: "12 monkeys" is text, not the number 12.
            return STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The runs of a table and the cells that could not become values. */
    public record Conversion(List<InlineSetting> runs, List<CellProblem> problems) {
    }
}
