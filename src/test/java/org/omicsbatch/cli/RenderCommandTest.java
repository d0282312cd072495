package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.ServiceModelChecker;
import org.omicsbatch.plan.TestData;

class RenderCommandTest {
    @TempDir
    Path dir;

    private String draft(BatchDraft draft) throws Exception {
        return CliRun.writeDraft(dir, draft);
    }

    private static List<String> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAnInlineRequestAndAPreviewForUpTo100Runs() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", draft(TestData.somaticDraft(100)), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly("preview.csv", "start-run-batch.json");
        JsonNode request = Json.mapper().readTree(out.resolve("start-run-batch.json").toFile());
        assertThat(ServiceModelChecker.omics().check("StartRunBatchRequest", request)).isEmpty();
        assertThat(request.get("batchRunSettings").get("inlineSettings")).hasSize(100);
        assertThat(run.out()).contains("wrote " + out.resolve("start-run-batch.json"));
    }

    @Test
    void writesASettingsFileAndItsS3UriForMoreThan100Runs() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", draft(TestData.somaticDraft(101)), "--out", out.toString(),
                "--settings-uri", "s3://my-bucket/batches/b1");
        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly("preview.csv", "run-settings.json", "start-run-batch.json");
        JsonNode request = Json.mapper().readTree(out.resolve("start-run-batch.json").toFile());
        assertThat(request.get("batchRunSettings").get("s3UriSettings").asText())
                .isEqualTo("s3://my-bucket/batches/b1/run-settings.json");
        assertThat(Json.mapper().readTree(out.resolve("run-settings.json").toFile())).hasSize(101);
        assertThat(run.out()).contains("upload " + out.resolve("run-settings.json") + " to s3://my-bucket/batches/b1/run-settings.json");
    }

    @Test
    void takesTheSettingsUriAndModeFromTheDraftsOwnData() throws Exception {
        BatchDraft d = TestData.somaticDraft(2).withApp(DraftAppData.EMPTY.withSettingsUri("s3://b/p/").withSettingsFile("always"));
        Path out = dir.resolve("out");
        assertThat(CliRun.of("render", draft(d), "--out", out.toString()).exitCode()).isZero();
        JsonNode request = Json.mapper().readTree(out.resolve("start-run-batch.json").toFile());
        assertThat(request.get("batchRunSettings").get("s3UriSettings").asText()).isEqualTo("s3://b/p/run-settings.json");
        assertThat(request.has("omicsBatchLauncher")).isFalse();
    }

    @Test
    void refusesASettingsFileWithoutSettingsUriAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        String file = draft(TestData.somaticDraft(101));
        CliRun run = CliRun.of("render", file, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ": 101 runs go to a settings file: give --settings-uri s3://bucket/prefix/\n");
        CliRun always = CliRun.of("render", draft(TestData.somaticDraft(3)), "--out", out.toString(), "--settings-file", "always");
        assertThat(always.exitCode()).isEqualTo(2);
        assertThat(files(out)).isEmpty();
    }

    @Test
    void refusesToRenderADraftWithErrorsAndPrintsThem() throws Exception {
        BatchDraft d = TestData.somaticDraft(3);
        String file = draft(d.withDefaultRunSetting(d.defaultRunSetting().toBuilder().workflowType("READY2RUN").build()));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", file, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ": defaultRunSetting.workflowType: batches do not support READY2RUN");
        assertThat(run.err()).contains("not rendered");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void reportsUsageAndWriteErrorsWithExitTwoAndNoStackTrace() throws Exception {
        String file = draft(TestData.somaticDraft(3));
        CliRun badMode = CliRun.of("render", file, "--out", dir.resolve("o").toString(), "--settings-file", "sometimes");
        assertThat(badMode.exitCode()).isEqualTo(2);
        assertThat(badMode.err()).contains("--settings-file: settings file mode must be auto or always");
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun cannotWrite = CliRun.of("render", file, "--out", notAFolder.toString());
        assertThat(cannotWrite.exitCode()).isEqualTo(2);
        assertThat(cannotWrite.err()).contains("cannot write");
        assertThat(CliRun.of("render", file).exitCode()).isEqualTo(2);
        assertThat(badMode.hasStackTrace() || cannotWrite.hasStackTrace()).isFalse();
    }

    @Test
    void previewHasOneRowPerRunWithMergedMembersParametersAndTags() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("render", draft(TestData.somaticDraft(3)), "--out", out.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("preview.csv"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("runSettingId,workflowId,roleArn,name,outputUri,storageType,param:tumor_reads,"
                + "param:tumor_reads_index,param:normal_reads,param:normal_reads_index,param:gnomad,param:gnomad_idx,"
                + "param:ecr_registry,param:aws_region,tag:project");
        assertThat(lines.get(1)).startsWith("sample-000000,1234567,arn:aws:iam::123456789012:role/OmicsRole,somatic-sample-000000,"
                + "s3://my-bucket/results/,DYNAMIC,s3://my-bucket/sample-000000/tumor.bam,");
        assertThat(lines.get(1)).endsWith(",us-east-1,somatic");
    }

    @Test
    void explainsItselfWithHelp() {
        CliRun help = CliRun.of("render", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--settings-uri=S3URI").contains("--settings-file=auto|always").contains("preview.csv");
        assertThat(CliRun.of("--help").out()).contains("validate").contains("render");
    }
}
