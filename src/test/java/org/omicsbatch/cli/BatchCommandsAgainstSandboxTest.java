package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;

/** The batch commands of omics-batch against a running sandbox, as a user would type them. */
class BatchCommandsAgainstSandboxTest {
    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private String url;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSpeed(200).withStartRate(200)
                .withRunFailureRate(0.5).withSeed(3));
        url = sandbox.endpoint().toString();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void submitWaitsAndPrintsTheBatchAsJsonThenStatusListAndCsvShowIt() throws Exception {
        Path draft = draft("cli-three", 3, "s3://lab-bucket/in/");

        CliRun submit = CliRun.of("submit", draft.toString(), "--sandbox", url, "--wait", "--interval", "1", "--json");

        assertThat(submit.hasStackTrace()).isFalse();
        JsonNode result = Json.mapper().readTree(submit.out());
        String id = result.path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(result.path("arn").asText()).contains(":runBatch/" + id);
        assertThat(result.path("status").asText()).isEqualTo("PROCESSED");
        assertThat(submit.err()).contains("Submitted: batch " + id);
        // Runs fail at random in this sandbox: exit 1 exactly when some did.
        assertThat(submit.exitCode()).isEqualTo(result.path("failedRuns").isEmpty() ? 0 : 1);

        Path csv = dir.resolve("results.csv");
        CliRun status = CliRun.of("status", id, "--sandbox", url, "--runs", "--csv", csv.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("PROCESSED").contains("r0").contains("r2");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("runSettingId,runId,submissionStatus,runStatus,failureReason,outputLocation,outputLocationSource");
        assertThat(lines).hasSize(4);

        CliRun list = CliRun.of("list", "--sandbox", url, "--status", "PROCESSED", "--name", "cli-three", "--json");
        assertThat(list.exitCode()).isZero();
        assertThat(Json.mapper().readTree(list.out()).findValuesAsText("id")).containsExactly(id);
    }

    @Test
    void actionsCheckTheBatchStateFirstAndDeletedBatchesAreSaidSo() throws Exception {
        Path draft = draft("cli-actions", 2, "s3://lab-bucket/in/");
        String id = Json.mapper().readTree(CliRun.of("submit", draft.toString(), "--sandbox", url, "--wait",
                "--interval", "1", "--json").out()).path("id").asText();

        CliRun cancel = CliRun.of("cancel", id, "--sandbox", url);
        assertThat(cancel.exitCode()).isEqualTo(1);
        assertThat(cancel.err()).contains("Cancel is not possible now: the batch is PROCESSED");

        assertThat(CliRun.of("delete-runs", id, "--sandbox", url).exitCode()).isZero();
        waitForStatus(id, "RUNS_DELETED");
        CliRun delete = CliRun.of("delete", id, "--sandbox", url);
        assertThat(delete.exitCode()).isZero();
        assertThat(delete.out()).contains("deleted");
        assertThat(CliRun.of("status", id, "--sandbox", url).out()).contains("batch " + id + ": deleted");
    }

    @Test
    void resubmitFailedWritesADraftOfExactlyTheFailedRuns() throws Exception {
        Path draft = draft("cli-failures", 12, "s3://lab-bucket/in/");
        JsonNode result = Json.mapper().readTree(CliRun.of("submit", draft.toString(), "--sandbox", url, "--wait",
                "--interval", "1", "--json").out());
        List<String> failed = Json.mapper().convertValue(result.path("failedRuns"), List.class);
        assertThat(failed).isNotEmpty();

        Path again = dir.resolve("again.json");
        CliRun resubmit = CliRun.of("resubmit-failed", result.path("id").asText(), "--sandbox", url, "--out",
                again.toString());

        assertThat(resubmit.exitCode()).isZero();
        BatchDraft d = DraftFiles.read(again);
        assertThat(d.runs()).extracting(InlineSetting::runSettingId).containsExactlyInAnyOrderElementsOf(failed);
        assertThat(d.defaultRunSetting().workflowId()).isEqualTo("9000002");
        assertThat(d.tags()).doesNotContainKey("omics-batch:submission-id");
    }

    @Test
    void submitRefusesADraftWithErrorsNamingEachOne() throws Exception {
        BatchDraft broken = DraftFiles.read(draft("broken", 2, "s3://lab-bucket/in/"));
        broken = broken.withDefaultRunSetting(broken.defaultRunSetting().toBuilder().roleArn(null).build());
        Path file = dir.resolve("broken.json");
        DraftFiles.write(file, broken);

        CliRun submit = CliRun.of("submit", file.toString(), "--sandbox", url);

        assertThat(submit.exitCode()).isEqualTo(1);
        assertThat(submit.err()).contains("defaultRunSetting.roleArn").contains("error");
        assertThat(submit.hasStackTrace()).isFalse();
    }

    @Test
    void checkNamesMissingInputsWithTheirRunsAndExitsOne() throws Exception {
        sandbox.backend().s3().put("lab-bucket", "in/r0.csv", "sample\nr0\n".getBytes(), "text/csv", Map.of(),
                java.time.Instant.now());
        sandbox.backend().s3().put("lab-reference", "genome.fa", ">c\nA\n".getBytes(), "text/plain", Map.of(),
                java.time.Instant.now());
        Path draft = draft("cli-check", 3, "s3://lab-bucket/in/");

        CliRun check = CliRun.of("check", draft.toString(), "--sandbox", url);

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("error: s3://lab-bucket/in/r1.csv: does not exist (used by r1)")
                .contains("error: s3://lab-bucket/in/r2.csv: does not exist (used by r2)")
                .doesNotContain("r0.csv").doesNotContain("genome.fa");
        assertThat(check.err()).contains("2 error(s)");
    }

    @Test
    void cleanupRemovesTheUploadedSettingsFileOnceTheBatchEnded() throws Exception {
        BatchDraft d = DraftFiles.read(draft("cli-cleanup", 2, "s3://lab-bucket/in/"));
        Path file = dir.resolve("cleanup.json");
        DraftFiles.write(file, d.withApp(d.app().withSettingsFile("always")));
        String id = Json.mapper().readTree(CliRun.of("submit", file.toString(), "--sandbox", url, "--wait",
                "--interval", "1", "--json").out()).path("id").asText();

        CliRun cleanup = CliRun.of("cleanup", id, "--sandbox", url, "--json");

        assertThat(cleanup.exitCode()).isZero();
        List<String> removed = Json.mapper().convertValue(Json.mapper().readTree(cleanup.out()), List.class);
        assertThat(removed).singleElement().satisfies(uri -> {
            assertThat(uri).startsWith("s3://lab-bucket/omics-batch/").endsWith("/run-settings.json");
            String key = uri.substring("s3://lab-bucket/".length());
            assertThat(sandbox.backend().s3().get("lab-bucket", key)).isEmpty();
        });
    }

    private void waitForStatus(String id, String status) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!CliRun.of("status", id, "--sandbox", url).out().contains(status)) {
            assertThat(System.nanoTime()).isLessThan(end);
            Thread.sleep(200);
        }
    }

    private Path draft(String name, int runs, String inputs) throws Exception {
        List<InlineSetting> list = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            list.add(InlineSetting.builder().runSettingId("r" + i)
                    .parameters(Json.mapper().createObjectNode().put("input", inputs + "r" + i + ".csv")).build());
        }
        DefaultRunSetting defaults = DefaultRunSetting.builder().workflowId("9000002").workflowType("PRIVATE")
                .roleArn("arn:aws:iam::123456789012:role/OmicsWorkflowRun").outputUri("s3://lab-bucket/results/")
                .parameters(Json.mapper().createObjectNode().put("fasta", "s3://lab-reference/genome.fa")
                        .put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com"))
                .build();
        Path file = dir.resolve(name + ".json");
        DraftFiles.write(file, new BatchDraft(name, null, Map.of("project", "cli"), defaults,
                BatchRunSettings.inline(list), DraftAppData.EMPTY.withSettingsUri("s3://lab-bucket/omics-batch/"),
                null));
        return file;
    }
}
