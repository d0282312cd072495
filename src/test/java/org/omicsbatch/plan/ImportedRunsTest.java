package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.samplesheet.ColumnMapping;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.MappingTarget;
import org.omicsbatch.samplesheet.SheetImport;
import org.omicsbatch.samplesheet.SheetImporter;
import org.omicsbatch.samplesheet.ValueType;
import org.omicsbatch.task.Progress;

/** The runs of an imported sheet keep their parameters packed; validation and the size bound see them whole. */
class ImportedRunsTest {
    @TempDir
    Path dir;

    private List<InlineSetting> importRuns(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("sheet.csv"), csv, StandardCharsets.UTF_8);
        ColumnMapping m = ColumnMapping.empty().withColumn("sample", MappingTarget.RUN_SETTING_ID)
                .withColumn("reads", MappingTarget.param("reads")).withColumn("extra", MappingTarget.param("extra", ValueType.JSON))
                .withColumn("note", MappingTarget.param("note"));
        SheetImport r = SheetImporter.importSheet(file, ImportOptions.defaults().withMapping(m), Progress.NONE);
        assertThat(r.hasErrors()).as(r.problems().toString()).isFalse();
        return r.runs();
    }

    @Test
    void nullOverridesAndLocalFilesInImportedRunsAreStillReported() throws Exception {
        List<InlineSetting> runs = importRuns("sample,reads,extra,note\n"
                + "S1,s3://b/S1.fastq.gz,{\"k\":1},plain\n"
                + "S2,file:/no/such/S2.fastq.gz,null,plain\n"
                + "S3,s3://b/S3.fastq.gz,\"[\"\"file:/no/nested.bam\"\"]\",plain\n");
        BatchDraft draft = BatchDraft.empty().withDefaultRunSetting(DefaultRunSetting.builder().workflowId("1234567")
                .roleArn("arn:aws:iam::123456789012:role/r").outputUri("s3://out/").build()).withRuns(runs);
        List<String> found = DraftValidator.validate(draft, null, dir, Progress.NONE).stream()
                .map(p -> p.runIndex() + " " + p.severity() + " " + p.field()).toList();
        assertThat(found).containsExactly("1 WARNING parameters.extra", "1 ERROR parameters.reads",
                "2 ERROR parameters.extra[0]");
    }

    @Test
    void sizeBoundOfImportedRunsIsNeverBelowTheWrittenFile() throws Exception {
        List<InlineSetting> runs = importRuns("sample,reads,extra,note\n"
                + "S1,s3://b/Müller/北京/x.fastq.gz,\"{\"\"k\"\":[1,2.50,\"\"\\\\u0001\"\"]}\",\"tab\there \"\"q\"\" \\ back\"\n"
                + "S2,s3://b/emoji-\uD83E\uDDEC.fastq.gz,12345678901234567890,Ærøskøbing – Δ\n");
        assertThat(runs).allSatisfy(r -> assertThat(((ParameterFacts) r.parameters()).sizeCounts()).isNotNull());
        long written = SettingsFileWriter.size(runs, Progress.NONE);
        assertThat(SettingsSizeBound.of(runs)).isGreaterThanOrEqualTo(written).isLessThan(8 * written);
    }
}
