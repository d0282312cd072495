package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.samplesheet.ColumnMapping;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.MappingTarget;
import org.omicsbatch.samplesheet.SheetImport;
import org.omicsbatch.samplesheet.SheetImporter;
import org.omicsbatch.task.Progress;

/**
 * Ours, end to end and in-process, as the app and {@code omics-batch render --sheet} do it: import the
 * sheet into runs, validate the whole draft against the service's rules and the workflow's parameter
 * template, render the request and stream the settings file.
 */
final class SheetPipeline {
    /** What one pass produced, to check that the work was really done. */
    record Outcome(int runs, long sheetErrors, long problems, long errors, long bytes) {
    }

    private final ColumnMapping mapping;
    private final JsonNode template;
    private final BatchDraft base;

    SheetPipeline(List<String> header) {
        ColumnMapping m = ColumnMapping.empty().withColumn("sample", MappingTarget.RUN_SETTING_ID)
                .withColumn("sample_name", MappingTarget.NAME);
        ObjectNode t = Json.mapper().createObjectNode();
        t.putObject("genome").put("description", "reference genome").put("optional", true);
        for (String column : header) {
            if (SheetGenerator.TAGS.contains(column)) {
                m = m.withColumn(column, MappingTarget.tag(column));
            } else if (!column.equals("sample") && !column.equals("sample_name")) {
                m = m.withColumn(column, MappingTarget.param(column));
                boolean required = column.equals("fastq_1") || column.equals("strandedness");
                t.putObject(column).put("description", column.replace('_', ' ')).put("optional", !required);
            }
        }
        this.mapping = m;
        this.template = t;
        ObjectNode defaults = Json.mapper().createObjectNode().put("genome", "GRCh38");
        this.base = BatchDraft.empty().withBatchName("benchmark-sheet")
                .withDefaultRunSetting(DefaultRunSetting.builder().workflowId("9000001")
                        .roleArn("arn:aws:iam::123456789012:role/OmicsRole")
                        .outputUri("s3://genomics-core-results/benchmark/").storageType("DYNAMIC")
                        .parameters(defaults).build());
    }

    Outcome run(Path sheet, Path out) throws IOException {
        ImportOptions options = ImportOptions.defaults().withMapping(mapping).withParameterTemplate(template);
        SheetImport imported = SheetImporter.importSheet(sheet, options, Progress.NONE);
        BatchDraft draft = base.withRuns(imported.runs());
        List<Problem> problems = DraftValidator.validate(draft, template);
        StartRunBatchRequest request = RequestRenderer.request(draft, SettingsFileMode.AUTO,
                RequestRenderer.settingsObjectUri("s3://genomics-core-inputs/batches/benchmark/"));
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            RequestRenderer.writeSettingsFile(draft, o, Progress.NONE);
        }
        try (OutputStream o = Files.newOutputStream(out.resolveSibling(out.getFileName() + ".request.json"))) {
            RequestRenderer.writeRequest(request, o);
        }
        long errors = problems.stream().filter(Problem::isError).count();
        return new Outcome(draft.runs().size(), imported.errorCount(), problems.size(), errors, Files.size(out));
    }

    /** The first problems, to say why a sheet that should be clean was not. */
    List<String> firstProblems(Path sheet, int max) {
        ImportOptions options = ImportOptions.defaults().withMapping(mapping).withParameterTemplate(template);
        SheetImport imported = SheetImporter.importSheet(sheet, options, Progress.NONE);
        List<String> lines = new java.util.ArrayList<>();
        imported.problems().stream().limit(max).forEach(p -> lines.add(p.format()));
        DraftValidator.validate(base.withRuns(imported.runs()), template).stream().limit(max)
                .forEach(p -> lines.add(p.format("sheet")));
        return lines;
    }
}
