package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.omicsbatch.samplesheet.Sheets.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

/** Suggestions, saved mappings, --map arguments and {column} templates. */
class MappingTest {
    @TempDir
    Path dir;

    private static MappingSuggestion suggestionFor(List<MappingSuggestion> all, String column) {
        return all.stream().filter(s -> s.column().equals(column)).findFirst().orElseThrow();
    }

    @Test
    void suggestsWorkflowParametersIgnoringCaseUnderscoresAndDashes() throws IOException {
        JsonNode template = Json.mapper().readTree("{\"fastq1\":{},\"fastq2\":{},\"Strandedness\":{}}");
        SheetPreview p = SheetImporter.preview(sheet("nf-core-rnaseq_assets_samplesheet.csv"), ReadOptions.DETECT, 5);
        List<MappingSuggestion> s = MappingSuggester.suggest(p.header(), p.layout(), template);
        assertThat(suggestionFor(s, "sample").target()).isEqualTo(MappingTarget.RUN_SETTING_ID);
        assertThat(suggestionFor(s, "fastq_1").target()).isEqualTo(MappingTarget.param("fastq1"));
        assertThat(suggestionFor(s, "fastq_1").reason()).contains("fastq1", "case, _ and - ignored");
        assertThat(suggestionFor(s, "strandedness").target()).isEqualTo(MappingTarget.param("Strandedness"));
    }

    @Test
    void suggestsIlluminaSampleIdAsRunAndSampleNameAsTheWdlParameter() throws IOException {
        JsonNode template = template(
                "aws-samples-amazon-omics-tutorials_gatk-best-practices_fastqs-to-analysis-ready-bam_parameter-template.json");
        SheetPreview p = SheetImporter.preview(sheet("clintval-sample-sheet_tests_resources_paired-end-single-index.csv"),
                ReadOptions.DETECT, 5);
        List<MappingSuggestion> s = MappingSuggester.suggest(p.header(), p.layout(), template);
        assertThat(suggestionFor(s, "Sample_ID").target()).isEqualTo(MappingTarget.RUN_SETTING_ID);
        assertThat(suggestionFor(s, "Sample_Name").target()).isEqualTo(MappingTarget.param("sample_name"));
        assertThat(suggestionFor(s, "index").target()).isEqualTo(MappingTarget.IGNORE);
        assertThat(suggestionFor(s, "index").reason()).isEqualTo("no workflow parameter is named like it");
    }

    @Test
    void camelCaseSampleIdIsTheRunSettingId() {
        SheetPreview p = SheetImporter.preview(sheet("nf-core-test-datasets_samplesheets_Samplesheet.tsv"), ReadOptions.DETECT, 1);
        List<MappingSuggestion> s = MappingSuggester.suggest(p.header(), p.layout(), null);
        assertThat(suggestionFor(s, "sampleID").target()).isEqualTo(MappingTarget.RUN_SETTING_ID);
        assertThat(suggestionFor(s, "forwardReads").reason()).contains("no workflow chosen");
    }

    @Test
    void idColumnThatIsAlsoAParameterFeedsBoth() throws IOException {
        JsonNode template = Json.mapper().readTree("{\"sample\":{},\"fastq_1\":{}}");
        SheetPreview p = SheetImporter.preview(sheet("nf-core-rnaseq_assets_samplesheet.csv"), ReadOptions.DETECT, 1);
        ColumnMapping m = MappingSuggester.suggestMapping(p.header(), p.layout(), template);
        SheetImport r = importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"), m.withGroupBy("sample"));
        assertNoErrors(r);
        assertThat(run(r, "control_REP2").parameters().get("sample").asText()).isEqualTo("control_REP2");
    }

    @Test
    void mappingSavesAsJsonAndLoadsBackEqual() throws IOException {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withArgument("fastq_1=param:reads:list")
                .withArgument("strandedness=tag:strandedness").withArgument("fastq_2=ignore")
                .withArgument("outputUri=s3://lab/out/{sample}/").withGroupBy("sample");
        Path file = dir.resolve("mapping.json");
        m.write(file);
        assertThat(Files.readString(file)).contains("\"fastq_1\" : \"param:reads:list\"", "\"groupBy\" : \"sample\"",
                "\"outputUri\" : \"s3://lab/out/{sample}/\"");
        assertThat(ColumnMapping.read(file)).isEqualTo(m);
    }

    @Test
    void mapArgumentsAreColumnTargetsOrTargetTemplates() {
        ColumnMapping m = ColumnMapping.empty().withArgument("Sample_ID=runSettingId").withArgument("priority=5")
                .withArgument("param:genome=GRCh38").withArgument("name={sample} rerun");
        assertThat(m.columns()).containsEntry("Sample_ID", MappingTarget.RUN_SETTING_ID);
        assertThat(m.templates()).containsEntry("priority", "5").containsEntry("param:genome", "GRCh38")
                .containsEntry("name", "{sample} rerun");
        assertThatThrownBy(() -> ColumnMapping.empty().withArgument("sample=runsettingsid"))
                .hasMessageContaining("is not a target");
        assertThatThrownBy(() -> ColumnMapping.empty().withArgument("outputUri=s3://x/{sample"))
                .hasMessageContaining("unclosed {");
        assertThatThrownBy(() -> MappingTarget.parse("param:depth:float")).hasMessageContaining("unknown value type \"float\"");
        assertThatThrownBy(() -> ColumnMapping.empty().withArgument("depth=param:depth:float"))
                .hasMessageContaining("unknown value type \"float\"");
        assertThat(MappingTarget.tryParse("param:depth:float")).isNull();
    }

    @Test
    void templatesFillOutputUriNameAndParametersFromTheRow() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId")
                .withArgument("outputUri=s3://lab/out/{sample}/").withArgument("name={patient}-{sample}")
                .withArgument("param:lane_list=[\"{lane}\"]").withArgument("priority=7");
        m = m.withTemplate(MappingTarget.param("lanes", ValueType.JSON), "[\"{lane}\"]");
        SheetImport r = importSheet(sheet("nf-core-sarek_tests_csv_3.0_fastq_sample_with_space.csv"), m);
        assertNoErrors(r);
        InlineSetting s = run(r, "test 2");
        assertThat(s.outputUri()).isEqualTo("s3://lab/out/test 2/");
        assertThat(s.name()).isEqualTo("test-test 2");
        assertThat(s.priority()).isEqualTo(7);
        assertThat(s.parameters().get("lanes").get(0).asText()).isEqualTo("test_L1");
        assertThat(param(s, "lane_list")).isEqualTo("[\"test_L1\"]");
    }

    @Test
    void unknownPlaceholderIsAnErrorNamingIt() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId")
                .withArgument("outputUri=s3://lab/out/{sampel}/");
        SheetImport r = importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"), m);
        assertThat(r.runs()).isEmpty();
        assertThat(errors(r)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("sampel");
            assertThat(p.message()).contains("{sampel}", "sample, fastq_1, fastq_2, strandedness");
        });
    }

    @Test
    void mappedColumnMissingFromTheSheetIsAnError() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withArgument("fastq_3=param:fastq_3");
        assertThat(errors(importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"), m))).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("fastq_3"));
    }

    @Test
    void twoColumnsForOneParameterIsAnError() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withArgument("fastq_1=param:reads")
                .withArgument("fastq_2=param:reads:list");
        assertThat(errors(importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"), m))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("fastq_1", "fastq_2", "param:reads"));
    }

    @Test
    void groupedRunsGetTheirOwnSampleSheetInTheWorkflowsFormat() throws IOException {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withGroupBy("sample")
                .withGroupSheet("input");
        Path out = dir.resolve("draft-sheets");
        SheetImport r = SheetImporter.importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"),
                ImportOptions.defaults().withMapping(m).withGeneratedSheets(out, dir), Progress.NONE);
        assertNoErrors(r);
        assertThat(r.runs()).hasSize(6);
        assertThat(param(run(r, "treatment_REP3"), "input")).isEqualTo("file:draft-sheets/treatment_REP3.csv");
        assertThat(Files.readAllLines(out.resolve("treatment_REP3.csv"))).containsExactly(
                "sample,fastq_1,fastq_2,strandedness",
                "treatment_REP3,/path/to/fastq/files/AEG588A6_S6_L003_R1_001.fastq.gz,,forward",
                "treatment_REP3,/path/to/fastq/files/AEG588A6_S6_L004_R1_001.fastq.gz,,forward");
        assertThat(Files.readAllLines(out.resolve("control_REP1.csv"))).hasSize(2);
    }

    @Test
    void exportedRunsImportBackUnchanged() throws IOException {
        ColumnMapping m = MappingSuggester.suggestMapping(List.of("sample", "fastq_1", "fastq_2", "strandedness"), null, null)
                .withArgument("outputUri=s3://lab/out/{sample}/").withArgument("tag:project=rnaseq, \"pilot\"")
                .withArgument("priority=3").withGroupBy("sample");
        SheetImport first = importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"), m);
        assertNoErrors(first);
        Path exported = dir.resolve("runs.csv");
        SheetExporter.write(exported, first.runs());
        assertThat(Files.readAllLines(exported).get(0)).isEqualTo(
                "runSettingId,outputUri,priority,param:fastq_1:json,param:fastq_2,param:strandedness,tag:project");
        SheetImport again = importSheet(exported);
        assertNoErrors(again);
        assertThat(again.runs()).isEqualTo(first.runs());
    }

    @Test
    void mergedExportShowsDefaultsUnderEachRun() throws IOException {
        SheetImport r = importGrouped(sheet("nf-core-rnaseq_assets_samplesheet.csv"), "sample");
        com.fasterxml.jackson.databind.node.ObjectNode defaults = Json.mapper().createObjectNode().put("genome", "GRCh38")
                .put("strandedness", "auto");
        org.omicsbatch.model.BatchDraft draft = org.omicsbatch.model.BatchDraft.empty().withRuns(r.runs())
                .withDefaultRunSetting(org.omicsbatch.model.DefaultRunSetting.builder().outputUri("s3://lab/out/")
                        .parameters(defaults).build());
        Path file = dir.resolve("merged.csv");
        SheetExporter.writeMerged(file, draft);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(
                "runSettingId,outputUri,param:genome,param:strandedness,param:fastq_1:json,param:fastq_2");
        assertThat(lines.get(1)).startsWith("control_REP1,s3://lab/out/,GRCh38,forward,");
    }

    @Test
    void suggestsGroupingWhenASampleRepeats() {
        SheetPreview p = SheetImporter.preview(sheet("nf-core-rnaseq_assets_samplesheet.csv"), ReadOptions.DETECT, 100);
        ColumnMapping m = MappingSuggester.suggestMapping(p.header(), p.layout(), null);
        assertThat(MappingSuggester.suggestGroupBy(p.header(), p.rows(), m)).hasValueSatisfying(s -> {
            assertThat(s.column()).isEqualTo("sample");
            assertThat(s.reason()).contains("treatment_REP3", "lines 7 and 8");
        });
        SheetPreview unique = SheetImporter.preview(sheet("nf-core-test-datasets_samplesheets_Samplesheet.tsv"),
                ReadOptions.DETECT, 100);
        assertThat(MappingSuggester.suggestGroupBy(unique.header(), unique.rows(),
                MappingSuggester.suggestMapping(unique.header(), unique.layout(), null))).isEmpty();
    }

    @Test
    void previewCsvOfPlanImportsBackItsRunsIgnoringBatchWideMembers() throws IOException {
        SheetImport first = importSheet(sheet("nf-core-test-datasets_samplesheets_Samplesheet.tsv"));
        org.omicsbatch.model.BatchDraft draft = org.omicsbatch.model.BatchDraft.empty().withRuns(first.runs())
                .withDefaultRunSetting(org.omicsbatch.model.DefaultRunSetting.builder().workflowId("1234567")
                        .roleArn("arn:aws:iam::123456789012:role/omics").storageType("DYNAMIC").build());
        Path preview = dir.resolve(org.omicsbatch.plan.PreviewTable.FILE_NAME);
        try (java.io.Writer w = Files.newBufferedWriter(preview)) {
            org.omicsbatch.plan.PreviewTable.write(draft, w, Progress.NONE);
        }
        SheetImport again = importSheet(preview);
        assertNoErrors(again);
        assertThat(again.mapping().columns()).containsEntry("workflowId", MappingTarget.IGNORE)
                .containsEntry("param:quant_reading", MappingTarget.param("quant_reading"));
        assertThat(again.runs()).isEqualTo(first.runs());
    }

    @Test
    void withoutGroupingEachRowGetsItsOwnOneRowSheet() throws IOException {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withGroupSheet("input");
        Path out = dir.resolve("sheets");
        SheetImport r = SheetImporter.importSheet(sheet("nf-core-test-datasets_samplesheet_v2.0_samplesheet_test.csv"),
                ImportOptions.defaults().withMapping(m).withGeneratedSheets(out, null), Progress.NONE);
        assertNoErrors(r);
        assertThat(r.runs()).hasSize(6);
        assertThat(param(run(r, "SPT5_INPUT_REP2"), "input")).isEqualTo("file:" + out.toAbsolutePath()
                .resolve("SPT5_INPUT_REP2.csv").toString().replace('\\', '/'));
        assertThat(Files.readAllLines(out.resolve("SPT5_INPUT_REP2.csv")).get(1)).endsWith(",,");
    }
}
