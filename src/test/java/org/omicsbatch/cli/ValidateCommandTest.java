package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.plan.TestData;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private String draft(BatchDraft draft) throws Exception {
        return CliRun.writeDraft(dir, draft);
    }

    private static String template() {
        return "src/test/resources/parameter-templates/" + TestData.SOMATIC + "parameter-template.json";
    }

    @Test
    void exitsZeroWithOnlyASummaryForAValidDraft() throws Exception {
        String file = draft(TestData.somaticDraft(3));
        CliRun run = CliRun.of("validate", file, "--workflow", template());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(file + ": 0 errors, 0 warnings in 3 runs\n");
    }

    @Test
    void exitsZeroWhenThereAreOnlyWarnings() throws Exception {
        BatchDraft d = TestData.somaticDraft(2);
        String file = draft(d.withDefaultRunSetting(d.defaultRunSetting().toBuilder().storageType("STATIC")
                .storageCapacity(1000).build()));
        CliRun run = CliRun.of("validate", file);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(file + ": defaultRunSetting.storageCapacity: warning: 1000 GiB");
        assertThat(run.err()).contains("0 errors, 1 warning in 2 runs");
    }

    @Test
    void printsCompilerStyleLinesAndExitsOneOnErrors() throws Exception {
        BatchDraft d = TestData.somaticDraft(3);
        List<InlineSetting> runs = new ArrayList<>(d.runs());
        runs.set(2, runs.get(2).toBuilder().runSettingId("sample-000000").build());
        String file = draft(d.withRuns(runs).withDefaultRunSetting(d.defaultRunSetting().toBuilder().roleArn(null).build()));
        CliRun run = CliRun.of("validate", file);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                file + ": defaultRunSetting.roleArn: required: the IAM service role the runs use",
                file + ": run sample-000000 (#2): runSettingId: \"sample-000000\" is also the id of run #0:"
                        + " each runSettingId must be unique in the batch");
        assertThat(run.err()).isEqualTo(file + ": 2 errors, 0 warnings in 3 runs\n");
    }

    @Test
    void checksParametersAgainstTheWorkflowFile() throws Exception {
        BatchDraft d = TestData.somaticDraft(1);
        var params = TestData.testParameters(TestData.SOMATIC);
        String file = draft(d.withDefaultRunSetting(d.defaultRunSetting().toBuilder().parameters(params).build()));
        CliRun run = CliRun.of("validate", file, "--workflow", template());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ": run sample-000000 (#0): parameters.ecr_registry: required by the workflow");
    }

    @Test
    void exitsTwoWithFileLineAndColumnForABrokenDraftAndNoStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"defaultRunSetting\": {\"priority\": \"high\"}\n}\n");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ":2:37: defaultRunSetting.priority: \"high\" is not an integer\n");
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void exitsTwoForMissingFilesAndAWorkflowWithoutTemplate() throws Exception {
        CliRun missing = CliRun.of("validate", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).endsWith("nope.json: file not found\n");
        String file = draft(TestData.somaticDraft(1));
        String params = "src/test/resources/parameter-templates/" + TestData.SOMATIC + "test.parameters.json";
        CliRun badWorkflow = CliRun.of("validate", file, "--workflow", params);
        assertThat(badWorkflow.exitCode()).isEqualTo(2);
        assertThat(badWorkflow.err()).startsWith(params + ": parameterTemplate.tumor_reads is not an object");
        assertThat(missing.hasStackTrace() || badWorkflow.hasStackTrace()).isFalse();
    }

    @Test
    void exitsTwoOnUsageErrorsAndExplainsItselfWithHelp() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
        CliRun help = CliRun.of("validate", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: omics-batch validate").contains("--workflow=FILE").contains("Exit codes:");
    }

    @Test
    void opensTheAwsCliSkeletonAndReportsItsPlaceholders() throws Exception {
        Path skeleton = dir.resolve("skeleton.json");
        try (var in = getClass().getResourceAsStream("/drafts/aws-cli-start-run-batch-skeleton.json")) {
            Files.copy(in, skeleton);
        }
        CliRun run = CliRun.of("validate", skeleton.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(skeleton + ": defaultRunSetting.workflowType: batches do not support READY2RUN")
                .contains(skeleton + ": batchRunSettings: give exactly one of inlineSettings and s3UriSettings, not both")
                .contains(skeleton + ": defaultRunSetting.cacheId: must not be empty");
        assertThat(run.hasStackTrace()).isFalse();
    }
}
