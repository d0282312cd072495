package org.omicsbatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.ParameterTemplate;
import org.omicsbatch.samplesheet.ColumnMapping;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.ReadOptions;
import org.omicsbatch.samplesheet.SheetImport;
import org.omicsbatch.samplesheet.SheetImporter;
import org.omicsbatch.samplesheet.SheetProblem;
import org.omicsbatch.task.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --sheet FILE [--map COLUMN=TARGET]… [--mapping FILE] [--group-by COLUMN] [--group-sheet PARAM]
 * [--section NAME] [--delimiter C] [--encoding E]}: a sample sheet whose rows are added to the
 * draft's runs, shared by the commands that read a draft. Without {@code --map}/{@code --mapping}
 * the suggested mapping is used (against the workflow's parameter template when one is known).
 */
public final class SheetOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--sheet", paramLabel = "FILE",
            description = "Sample sheet (CSV, TSV, Illumina SampleSheet.csv, Terra TSV, .xlsx) whose rows become runs.")
    Path sheet;

    @Option(names = "--map", paramLabel = "COLUMN=TARGET",
            description = {"Map a column: TARGET is runSettingId, name, outputUri, priority, outputBucketOwnerId,",
                "param:<name>[:string|int|number|bool|json|list], tag:<key> or ignore.",
                "TARGET=TEXT sets a constant or {column} template, e.g. outputUri=s3://lab/out/{sample}/"})
    List<String> maps = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "A saved column mapping (JSON); --map entries override it.")
    Path mapping;

    @Option(names = "--group-by", paramLabel = "COLUMN",
            description = "Fold rows with the same value of COLUMN into one run (lanes become arrays).")
    String groupBy;

    @Option(names = "--group-sheet", paramLabel = "PARAM",
            description = "Give each run its own sample sheet (its rows, same header) as parameter PARAM (file: value,"
                    + " uploaded on submit); written next to the draft in <sheet>-runs/.")
    String groupSheet;

    @Option(names = "--section", paramLabel = "NAME",
            description = "Illumina section (e.g. BCLConvert_Data) or workbook sheet to read.")
    String section;

    @Option(names = "--delimiter", paramLabel = "C", description = "Column delimiter: , ; tab | (default: detected).")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "E",
            description = "Text encoding, e.g. UTF-8, UTF-16, windows-1252 (default: detected).")
    String encoding;

    private SheetImport imported;

    /**
     * The draft with the sheet's runs appended (the draft unchanged without {@code --sheet}).
     *
     * @param workflow a GetWorkflow reply or parameter template for suggestions, or null (the
     *                 draft's own saved workflow is then used)
     * @throws ParameterException for option values that cannot be used (exit code 2)
     */
    public BatchDraft apply(BatchDraft draft, Path draftFolder, JsonNode workflow) {
        if (sheet == null) {
            return draft;
        }
        if (!Files.isReadable(sheet)) {
            throw new ParameterException(spec.commandLine(), "--sheet " + sheet + ": no such file (or not readable)");
        }
        ImportOptions options = withMapping(ImportOptions.defaults().withRead(readOptions()))
                .withParameterTemplate(templateNames(workflow != null ? workflow : draft.appOrEmpty().workflow()))
                .withRunSheetsIn(draftFolder, sheet, true);
        imported = SheetImporter.importSheet(sheet, options, Progress.NONE);
        List<InlineSetting> runs = new ArrayList<>(draft.runs());
        runs.addAll(imported.runs());
        ObjectNode origin = Json.mapper().createObjectNode().put("file", sheet.toString());
        origin.set("mapping", Json.mapper().valueToTree(imported.mapping()));
        return draft.withRuns(runs).withApp(draft.appOrEmpty().withSampleSheet(origin));
    }

    /** The loaded draft with the sheet's runs appended, its file: values relative to the draft's folder. */
    DraftInputs.Loaded apply(DraftInputs.Loaded loaded) {
        Path parent = loaded.file().toAbsolutePath().getParent();
        Path folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        return new DraftInputs.Loaded(loaded.file(), apply(loaded.draft(), folder, loaded.workflow()), loaded.workflow());
    }

    /** Prints the sheet's problems in compiler style; returns how many are errors (0 without --sheet). */
    public long report(PrintWriter out) {
        if (imported == null) {
            return 0;
        }
        for (SheetProblem p : imported.problems()) {
            out.println(p.withFile(sheet.toString()).format());
        }
        out.flush();
        return imported.errorCount();
    }

    private ReadOptions readOptions() {
        try {
            ReadOptions read = ReadOptions.DETECT.withSection(section).withDelimiter(ReadOptions.parseDelimiter(delimiter));
            return encoding == null ? read : read.withEncoding(java.nio.charset.Charset.forName(encoding.strip()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (encoding != null && e.getMessage() != null
                    && e.getMessage().contains(encoding) ? "--encoding: unknown encoding " : "--delimiter: ") + e.getMessage());
        }
    }

    /**
     * A saved mapping is used as it is, with --map entries and grouping on top; without one, they go
     * on top of the suggested mapping, so {@code --map outputUri=…} alone keeps the suggested columns.
     */
    private ImportOptions withMapping(ImportOptions options) {
        try {
            ColumnMapping m = ColumnMapping.empty();
            for (String arg : maps) {
                m = m.withArgument(arg);
            }
            m = m.overriddenBy(ColumnMapping.empty().withGroupBy(groupBy).withGroupSheet(groupSheet));
            return mapping == null ? options.withMappingOverSuggestion(m)
                    : options.withMapping(ColumnMapping.read(mapping).overriddenBy(m));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--mapping " + mapping + ": " + CliErrors.message(e));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static JsonNode templateNames(JsonNode workflow) {
        if (workflow == null) {
            return null;
        }
        try {
            ObjectNode names = Json.mapper().createObjectNode();
            ParameterTemplate.from(workflow).optionalByName().keySet().forEach(n -> names.putObject(n));
            return names;
        } catch (IllegalArgumentException e) {
            return null; // the command reports an unusable workflow file itself
        }
    }
}
