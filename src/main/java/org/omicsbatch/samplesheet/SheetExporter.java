package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.plan.RunMerger;
import org.omicsbatch.task.Progress;

/**
 * Writes runs back as a CSV sheet whose column names are mapping targets ({@code runSettingId},
 * {@code param:fastq_1}, {@code tag:project}), so importing it needs no mapping and gives the same
 * runs. A parameter holding anything but text in some run is written as JSON under
 * {@code param:<name>:json}, which keeps numbers, booleans and arrays their type.
 */
public final class SheetExporter {
    private static final List<MappingTarget> FIELDS = List.of(MappingTarget.RUN_SETTING_ID, MappingTarget.NAME,
            MappingTarget.OUTPUT_URI, MappingTarget.PRIORITY, MappingTarget.OUTPUT_BUCKET_OWNER_ID);

    private SheetExporter() {
    }

    /** Writes atomically, as every file of the app is written (a crash leaves the old file). */
    public static void write(Path file, List<InlineSetting> runs) throws IOException {
        DraftFiles.writeAtomically(file, bytes -> {
            Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            write(out, runs);
            out.flush(); // not closed: the file is forced to disk and moved into place after this
        });
    }

    /**
     * Writes what each run will really get: the draft's defaults merged with the run's overrides
     * (the run-level members an {@code InlineSetting} can carry, all parameters and run tags).
     */
    public static void writeMerged(Path file, BatchDraft draft) throws IOException {
        write(file, merged(draft));
    }

    static List<InlineSetting> merged(BatchDraft draft) {
        List<InlineSetting> runs = new ArrayList<>(draft.runs().size());
        RunMerger.forEach(draft, Progress.NONE, e -> {
            DefaultRunSetting s = e.settings();
            runs.add(InlineSetting.builder().runSettingId(e.runSettingId()).name(s.name()).outputUri(s.outputUri())
                    .priority(s.priority()).parameters(s.parameters()).outputBucketOwnerId(s.outputBucketOwnerId())
                    .runTags(s.runTags() == null || s.runTags().isEmpty() ? null : s.runTags()).build());
        });
        return runs;
    }

    public static void write(Writer out, List<InlineSetting> runs) throws IOException {
        List<MappingTarget> columns = columns(runs);
        List<String> header = new ArrayList<>(columns.size());
        columns.forEach(c -> header.add(c.toString()));
        CsvText.writeRow(out, header);
        List<String> cells = new ArrayList<>(columns.size());
        for (InlineSetting run : runs) {
            cells.clear();
            for (MappingTarget c : columns) {
                cells.add(value(run, c));
            }
            CsvText.writeRow(out, cells);
        }
    }

    /** The run fields any run sets, then every parameter and tag key in first-seen order. */
    static List<MappingTarget> columns(List<InlineSetting> runs) {
        List<MappingTarget> columns = new ArrayList<>();
        for (MappingTarget f : FIELDS) {
            if (f == MappingTarget.RUN_SETTING_ID || runs.stream().anyMatch(r -> value(r, f) != null)) {
                columns.add(f);
            }
        }
        Map<String, Boolean> params = new LinkedHashMap<>(); // name → every value is text
        Map<String, Boolean> tags = new LinkedHashMap<>();
        for (InlineSetting r : runs) {
            if (r.parameters() != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = r.parameters().fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    params.merge(e.getKey(), e.getValue().isTextual(), Boolean::logicalAnd);
                }
            }
            if (r.runTags() != null) {
                r.runTags().keySet().forEach(k -> tags.put(k, true));
            }
        }
        params.forEach((name, text) -> columns.add(MappingTarget.param(name, text ? ValueType.STRING : ValueType.JSON)));
        tags.keySet().forEach(k -> columns.add(MappingTarget.tag(k)));
        return columns;
    }

    private static String value(InlineSetting r, MappingTarget c) {
        return switch (c.kind()) {
            case RUN_SETTING_ID -> r.runSettingId();
            case NAME -> r.name();
            case OUTPUT_URI -> r.outputUri();
            case PRIORITY -> r.priority() == null ? null : r.priority().toString();
            case OUTPUT_BUCKET_OWNER_ID -> r.outputBucketOwnerId();
            case TAG -> r.runTags() == null ? null : r.runTags().get(c.key());
            case PARAM -> param(r, c);
            case IGNORE -> null;
        };
    }

    private static String param(InlineSetting r, MappingTarget c) {
        JsonNode v = r.parameters() == null ? null : r.parameters().get(c.key());
        if (v == null) {
            return null;
        }
        return c.type() == ValueType.JSON ? v.toString() : v.asText();
    }
}
