package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.omicsbatch.drafts.AppHome;

/**
 * Credentials from a profile sign every call, and never reach what the app writes or prints: the
 * journal, the monitor cache, drafts, CSV exports, stdout and stderr are scanned for the secret key.
 */
class NoSecretWrittenTest {
    /** A dummy secret made for this test; it signs requests to the sandbox only. */
    private static final String SECRET = "TestOnlySecret/NeverWrite/7f3a9c21e5b84d06";
    private static final String KEY_ID = "AKIATESTONLY00000042";

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private String previousCredentialsFile;
    private String previousConfigFile;

    @BeforeEach
    void start() throws Exception {
        Path credentials = Files.writeString(dir.resolve("credentials"),
                "[lab]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET + "\n");
        Path config = Files.writeString(dir.resolve("config"), "[profile lab]\nregion = us-east-1\n");
        previousCredentialsFile = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        previousConfigFile = System.setProperty("aws.configFile", config.toString());
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSpeed(200).withStartRate(200)
                .withRunFailureRate(0.5).withSeed(11));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        restore("aws.sharedCredentialsFile", previousCredentialsFile);
        restore("aws.configFile", previousConfigFile);
    }

    @Test
    void theSecretKeyAppearsInNoFileOrOutputOfASubmissionAndItsFollowUp() throws Exception {
        Path draft = draft();
        String endpoint = sandbox.endpoint().toString();
        List<CliRun> runs = new ArrayList<>();
        CliRun submit = CliRun.of("submit", draft.toString(), "--endpoint-url", endpoint, "--profile", "lab",
                "--wait", "--interval", "1", "--json");
        runs.add(submit);
        String id = Json.mapper().readTree(submit.out()).path("id").asText();
        assertThat(id).isNotBlank();
        runs.add(CliRun.of("status", id, "--endpoint-url", endpoint, "--profile", "lab", "--runs", "--csv",
                dir.resolve("out.csv").toString()));
        runs.add(CliRun.of("resubmit-failed", id, "--endpoint-url", endpoint, "--profile", "lab", "--out",
                dir.resolve("again.json").toString()));
        runs.add(CliRun.of("cleanup", id, "--endpoint-url", endpoint, "--profile", "lab"));

        for (CliRun r : runs) {
            assertThat(r.all()).doesNotContain(SECRET);
        }
        List<Path> written = new ArrayList<>(files(dir));
        written.addAll(files(AppHome.resolve()));
        written.removeIf(p -> p.getFileName().toString().equals("credentials"));
        assertThat(written).hasSizeGreaterThan(4);
        for (Path p : written) {
            assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).as(p.toString()).doesNotContain(SECRET);
        }
    }

    private Path draft() throws IOException {
        List<InlineSetting> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            list.add(InlineSetting.builder().runSettingId("sec" + i)
                    .parameters(Json.mapper().createObjectNode().put("input", "s3://lab-bucket/in/" + i + ".csv")).build());
        }
        DefaultRunSetting defaults = DefaultRunSetting.builder().workflowId("9000002").workflowType("PRIVATE")
                .roleArn("arn:aws:iam::123456789012:role/OmicsWorkflowRun").outputUri("s3://lab-bucket/results/")
                .parameters(Json.mapper().createObjectNode().put("fasta", "s3://lab-reference/genome.fa")
                        .put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com"))
                .build();
        Path file = dir.resolve("secret-scan.json");
        DraftFiles.write(file, new BatchDraft("secret scan", null, null, defaults, BatchRunSettings.inline(list),
                DraftAppData.EMPTY.withSettingsUri("s3://lab-bucket/omics-batch/").withSettingsFile("always"), null));
        return file;
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
