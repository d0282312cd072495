package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;

/** {@code validate|render DRAFT --sheet FILE …}: the sheet's rows become the draft's runs. */
class SheetOptionsCliTest {
    private static final String RNASEQ = "src/test/resources/samplesheets/nf-core-rnaseq_assets_samplesheet.csv";

    @TempDir
    Path dir;
    Path draft;

    @BeforeEach
    void writeDraft() throws IOException {
        draft = dir.resolve("draft.json");
        DraftFiles.write(draft, BatchDraft.empty().withDefaultRunSetting(DefaultRunSetting.builder().workflowId("1234567")
                .roleArn("arn:aws:iam::123456789012:role/omics-runs").outputUri("s3://lab/out/").build()));
    }

    @Test
    void validateTakesRunsFromTheSheetGroupedBySample() {
        CliRun r = CliRun.of("validate", draft.toString(), "--sheet", RNASEQ, "--group-by", "sample");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.err()).contains("6 runs");
    }

    @Test
    void sheetProblemsPrintLikeACompilerAndExitOne() {
        CliRun r = CliRun.of("validate", draft.toString(), "--sheet", RNASEQ);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(RNASEQ + ":8: column \"sample\": runSettingId \"treatment_REP3\" is already used on line 7");
        assertThat(r.hasStackTrace()).isFalse();
    }

    @Test
    void renderWritesTheSheetsRunsWithTemplatesAndPerRunSheets() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("render", draft.toString(), "--sheet", RNASEQ, "--group-by", "sample", "--group-sheet", "input",
                "--map", "outputUri=s3://lab/out/{sample}/", "--map", "fastq_1=ignore", "--map", "fastq_2=ignore",
                "--out", out.toString(), "--settings-uri", "s3://lab/uploads/");
        assertThat(r.exitCode()).as(r.all()).isZero();
        String request = Files.readString(out.resolve("start-run-batch.json"));
        // Each run's own sheet is named by the s3:// URI it is uploaded to (upload-files.sh does that).
        assertThat(request).contains("\"runSettingId\" : \"treatment_REP3\"", "s3://lab/out/treatment_REP3/")
                .containsPattern("\"s3://lab/uploads/files/[0-9a-f]{64}/treatment_REP3\\.csv\"")
                .doesNotContain("fastq_1").doesNotContain("file:");
        assertThat(Files.readString(out.resolve("upload-files.sh")))
                .contains("nf-core-rnaseq_assets_samplesheet-runs/treatment_REP3.csv' 's3://lab/uploads/files/");
        assertThat(Files.readAllLines(dir.resolve("nf-core-rnaseq_assets_samplesheet-runs/treatment_REP3.csv"))).hasSize(3);
    }

    @Test
    void savedMappingIsUsedAndMapEntriesOverrideIt() throws IOException {
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"columns\":{\"sample\":\"runSettingId\",\"fastq_1\":\"param:reads:list\"},"
                + "\"groupBy\":\"sample\"}");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("render", draft.toString(), "--sheet", RNASEQ, "--mapping", mapping.toString(),
                "--map", "strandedness=tag:strandedness", "--out", out.toString());
        assertThat(r.exitCode()).as(r.all()).isZero();
        String request = Files.readString(out.resolve("start-run-batch.json"));
        assertThat(request).contains("\"reads\" : [", "\"strandedness\" : \"forward\"").doesNotContain("fastq_2");
    }

    @Test
    void unusableOptionsAreUsageErrors() {
        CliRun badTarget = CliRun.of("validate", draft.toString(), "--sheet", RNASEQ, "--map", "sample=runsettingsid");
        assertThat(badTarget.exitCode()).isEqualTo(2);
        assertThat(badTarget.err()).contains("is not a target");
        CliRun missing = CliRun.of("validate", draft.toString(), "--sheet", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
        CliRun encoding = CliRun.of("validate", draft.toString(), "--sheet", RNASEQ, "--encoding", "klingon-8");
        assertThat(encoding.exitCode()).isEqualTo(2);
        assertThat(encoding.err()).contains("klingon-8");
        assertThat(badTarget.hasStackTrace() || missing.hasStackTrace() || encoding.hasStackTrace()).isFalse();
    }
}
