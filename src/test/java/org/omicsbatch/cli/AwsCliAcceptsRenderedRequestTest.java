package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.plan.TestData;
import org.omicsbatch.testing.AwsCli;

/**
 * The real AWS CLI (when installed) takes the rendered file: its parameter validation passes and the
 * call only fails on connecting to a closed local port. Skipped where there is no {@code aws} command.
 */
class AwsCliAcceptsRenderedRequestTest {
    @TempDir
    Path dir;

    private String aws(Path request) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(List.of("aws", "omics", "start-run-batch", "--cli-input-json",
                "file://" + request, "--endpoint-url", "http://127.0.0.1:" + closedPort, "--region", "us-east-1",
                "--cli-connect-timeout", "2")).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        env.put("AWS_DISABLE_HOST_PREFIX_INJECTION", "true");
        env.put("AWS_MAX_ATTEMPTS", "1");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void awsCliPassesParameterValidationOfInlineAndS3UriRequests() throws Exception {
        assumeTrue(AwsCli.onPath(), AwsCli.MISSING);
        for (int runs : new int[] {3, 101}) {
            Path draft = dir.resolve("draft-" + runs + ".json");
            DraftFiles.write(draft, TestData.somaticDraft(runs));
            Path out = dir.resolve("out-" + runs);
            assertThat(CliRun.of("render", draft.toString(), "--out", out.toString(), "--settings-uri", "s3://b/p/")
                    .exitCode()).isZero();
            String answer = aws(out.resolve("start-run-batch.json"));
            assertThat(answer).as(runs + " runs").contains("Could not connect to the endpoint URL")
                    .doesNotContain("Parameter validation failed");
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(dir.resolve("out-3/start-run-batch.json"))
                .replace("\"1234567\"", "1234567"));
        assertThat(aws(broken)).contains("Parameter validation failed");
    }

    @Test
    void awsCliPassesParameterValidationOfARequestWhoseLocalFilesBecameS3Uris() throws Exception {
        assumeTrue(AwsCli.onPath(), AwsCli.MISSING);
        Files.writeString(dir.resolve("samplesheet.csv"), "sample,fastq_1\nS1,s3://reads/S1_1.fastq.gz\n");
        var d = TestData.somaticDraft(2);
        var runs = d.runs().stream().map(r -> r.toBuilder().parameters(((com.fasterxml.jackson.databind.node.ObjectNode)
                r.parameters()).deepCopy().put("input", "file:samplesheet.csv")).build()).toList();
        Path draft = dir.resolve("draft-files.json");
        DraftFiles.write(draft, d.withRuns(runs));
        Path out = dir.resolve("out-files");
        assertThat(CliRun.of("render", draft.toString(), "--out", out.toString(), "--settings-uri", "s3://b/p/")
                .exitCode()).isZero();
        assertThat(Files.readString(out.resolve("start-run-batch.json"))).contains("\"s3://b/p/files/").doesNotContain("file:");
        assertThat(aws(out.resolve("start-run-batch.json"))).contains("Could not connect to the endpoint URL")
                .doesNotContain("Parameter validation failed");
    }
}
