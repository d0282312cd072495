package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.task.Progress;

/**
 * {@code preview.csv}: one row per run with what that run will get after the merge. Columns are
 * {@code runSettingId}, every member that has a value in some run (model order), then
 * {@code param:<name>} and {@code tag:<key>} (the names the sample-sheet mapping uses, so the preview
 * imports back). Text is written as is; any other parameter value as JSON ({@code true}, {@code 25.080},
 * {@code [...]}). Two streaming passes: one for the columns, one for the rows.
 */
public final class PreviewTable {
    public static final String FILE_NAME = "preview.csv";
    public static final String PARAM_PREFIX = "param:";
    public static final String TAG_PREFIX = "tag:";
    private static final CsvMapper CSV = new CsvMapper();

    private PreviewTable() {
    }

    public static void write(BatchDraft draft, Writer out, Progress progress) throws IOException {
        Columns columns = columns(draft, progress);
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.header().forEach(schema::addColumn);
        try (SequenceWriter rows = CSV.writer(schema.build().withHeader())
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            RunMerger.forEach(draft, progress, run -> {
                try {
                    rows.write(row(run, columns));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private record Columns(List<String> members, Set<String> parameters, Set<String> tags) {
        List<String> header() {
            List<String> header = new ArrayList<>();
            header.add("runSettingId");
            header.addAll(members);
            parameters.forEach(p -> header.add(PARAM_PREFIX + p));
            tags.forEach(t -> header.add(TAG_PREFIX + t));
            return header;
        }
    }

    private static Columns columns(BatchDraft draft, Progress progress) {
        Set<String> members = new LinkedHashSet<>();
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        RunMerger.forEach(draft, progress, run -> {
            members.addAll(run.memberProvenance().keySet());
            parameters.addAll(run.parameterProvenance().keySet());
            tags.addAll(run.tagProvenance().keySet());
        });
        List<String> ordered = new ArrayList<>();
        for (String member : RunMembers.names()) {
            if (members.contains(member) && !RunMembers.MERGED_BY_KEY.contains(member)) {
                ordered.add(member);
            }
        }
        return new Columns(ordered, parameters, tags);
    }

    private static String[] row(EffectiveRun run, Columns columns) {
        List<String> cells = new ArrayList<>();
        cells.add(run.runSettingId() == null ? "" : run.runSettingId());
        for (String member : columns.members()) {
            Object value = RunMembers.get(run.settings(), member);
            cells.add(value == null ? "" : value.toString());
        }
        JsonNode params = run.settings().parameters();
        for (String name : columns.parameters()) {
            JsonNode value = params == null ? null : params.get(name);
            cells.add(value == null ? "" : value.isTextual() ? value.textValue() : value.toString());
        }
        Map<String, String> tags = run.settings().runTags();
        for (String key : columns.tags()) {
            String value = tags == null ? null : tags.get(key);
            cells.add(value == null ? "" : value);
        }
        return cells.toArray(String[]::new);
    }
}
