package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Json;
import org.omicsbatch.testing.AwsCli;

/**
 * The AWS CLI on this machine, unchanged, against a sandbox: the proof that the sandbox speaks the
 * wire protocol and not just what our own client expects. Skipped (with the reason printed) when
 * {@code aws} is not installed.
 */
class AwsCliAgainstSandboxTest {
    private static final String DEFAULTS = "{\"workflowId\":\"" + Catalog.FASTQC_ID + "\",\"roleArn\":\""
            + SandboxFixtures.ROLE + "\",\"outputUri\":\"s3://cli-results/fastqc/\",\"parameters\":{\"fasta\":"
            + "\"s3://refs/genome.fa\",\"ecr_registry\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com\"}}";

    private static SandboxServer server;

    @TempDir
    static Path home;

    record Result(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return Json.mapper().readTree(out);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        boolean installed = AwsCli.onPath();
        if (!installed) {
            System.out.println("AwsCliAgainstSandboxTest skipped: " + AwsCli.MISSING);
        }
        Assumptions.assumeTrue(installed, AwsCli.MISSING);
        server = SandboxServer.start(SandboxOptions.defaults().withSpeed(200).withStartRate(1000));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Result aws(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", server.endpoint().toString(), "--output", "json"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", "sandbox");
        env.put("AWS_SECRET_ACCESS_KEY", "sandbox");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_DISABLE_HOST_PREFIX_INJECTION", "true");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("aws " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    static JsonNode ok(String... args) throws Exception {
        Result r = aws(args);
        assertThat(r.exit()).as("aws %s: %s", String.join(" ", args), r.err()).isZero();
        return r.json();
    }

    static JsonNode untilProcessed(String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode batch;
        do {
            batch = ok("omics", "get-batch", "--batch-id", id);
            if (batch.path("status").asText().equals("PROCESSED")) {
                return batch;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("batch " + id + " not PROCESSED: " + batch);
    }

    @Test
    void listWorkflowsShowsTheDemoWorkflows() throws Exception {
        JsonNode items = ok("omics", "list-workflows").path("items");
        assertThat(items.findValuesAsText("name")).contains("nf-core-rnaseq", "nf-core-fastqc",
                "gatk-fastqs-to-analysis-ready-bam");
        assertThat(ok("sts", "get-caller-identity").path("Account").asText()).isEqualTo(SandboxOptions.ACCOUNT_ID);
    }

    @Test
    void startRunBatchTwiceWithOneRequestIdMakesOneBatchThatIsFollowedToProcessed() throws Exception {
        String runs = "{\"inlineSettings\":[{\"runSettingId\":\"WT_REP1\",\"parameters\":{\"input\":\"s3://reads/wt1.csv\"}},"
                + "{\"runSettingId\":\"WT_REP2\",\"parameters\":{\"input\":\"s3://reads/wt2.csv\"}}]}";
        String[] start = {"omics", "start-run-batch", "--request-id", "cli-once", "--batch-name", "cli-demo",
            "--default-run-setting", DEFAULTS, "--batch-run-settings", runs};
        String id = ok(start).path("id").asText();
        assertThat(ok(start).path("id").asText()).isEqualTo(id);

        JsonNode batch = untilProcessed(id);
        assertThat(batch.path("runSummary").path("completedRunCount").asInt()).isEqualTo(2);
        JsonNode inBatch = ok("omics", "list-runs-in-batch", "--batch-id", id).path("runs");
        assertThat(inBatch.findValuesAsText("runSettingId")).containsExactly("WT_REP1", "WT_REP2");
        assertThat(inBatch.findValuesAsText("submissionStatus")).containsOnly("SUCCESS");
        JsonNode listed = ok("omics", "list-batch", "--name", "cli-demo").path("items");
        assertThat(listed.findValuesAsText("id")).containsExactly(id);
        assertThat(ok("omics", "list-runs", "--batch-id", id).path("items")).hasSize(2);
    }

    @Test
    void anInvalidRequestIsRejectedWithAValidationException() throws Exception {
        Result r = aws("omics", "start-run-batch", "--default-run-setting",
                DEFAULTS.replace(Catalog.FASTQC_ID, "fastqc"), "--batch-run-settings",
                "{\"inlineSettings\":[{\"runSettingId\":\"a\"}]}");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("ValidationException", "defaultRunSetting.workflowId");
        Result ready2run = aws("omics", "start-run-batch", "--default-run-setting",
                DEFAULTS.replace(Catalog.FASTQC_ID, Catalog.READY2RUN_ID), "--batch-run-settings",
                "{\"inlineSettings\":[{\"runSettingId\":\"a\"}]}");
        assertThat(ready2run.exit()).isNotZero();
        assertThat(ready2run.err()).contains("ValidationException", "READY2RUN");
    }

    @Test
    void aSettingsFileCopiedWithAwsS3CpIsUsedThroughS3UriSettings() throws Exception {
        Path file = home.resolve("run-settings.json");
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 150; i++) {
            json.append(i > 1 ? "," : "").append("{\"runSettingId\":\"sample-").append(i)
                    .append("\",\"parameters\":{\"input\":\"s3://reads/sample-").append(i).append(".csv\"}}");
        }
        Files.writeString(file, json.append("]"), StandardCharsets.UTF_8);
        Result cp = aws("s3", "cp", file.toString(), "s3://cli-inputs/batches/run-settings.json");
        assertThat(cp.exit()).as(cp.err()).isZero();
        JsonNode head = ok("s3api", "head-object", "--bucket", "cli-inputs", "--key", "batches/run-settings.json");
        assertThat(head.path("ETag").asText()).isEqualTo("\"" + S3Store.md5Hex(Files.readAllBytes(file)) + "\"");

        String id = ok("omics", "start-run-batch", "--default-run-setting", DEFAULTS, "--batch-run-settings",
                "{\"s3UriSettings\":\"s3://cli-inputs/batches/run-settings.json\"}").path("id").asText();
        JsonNode batch = untilProcessed(id);
        assertThat(batch.path("totalRuns").asInt()).isEqualTo(150);
        assertThat(batch.path("submissionSummary").path("successfulStartSubmissionCount").asInt()).isEqualTo(150);
        JsonNode page = ok("omics", "list-runs-in-batch", "--batch-id", id, "--max-items", "100");
        assertThat(page.path("runs")).hasSize(100);
        assertThat(page.path("NextToken").asText()).isNotEmpty();
    }
}
