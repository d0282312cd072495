package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.aws.S3Location;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.TestData;

/** {@code render} of runs with local files ({@code file:} values): s3:// URIs in the request and an upload script. */
class RenderLocalFilesTest {
    private static final String SHARED = "sample,fastq_1\nS1,s3://reads/S1_1.fastq.gz\n";
    private static final String OWN = "sample,fastq_1\nS3,s3://reads/S3_1.fastq.gz\n";

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void sheets() throws Exception {
        out = dir.resolve("out");
        Files.createDirectories(dir.resolve("sheets"));
        Files.writeString(dir.resolve("sheets/shared.csv"), SHARED);
        Files.writeString(dir.resolve("sheets/it's mine.csv"), OWN);
    }

    /** Three runs: the first two share one sheet (relative path), the third has its own (absolute, awkward name). */
    private String draft(DraftAppData app) throws Exception {
        BatchDraft d = TestData.somaticDraft(3);
        List<InlineSetting> runs = new ArrayList<>();
        String[] inputs = {"file:sheets/shared.csv", "file:sheets/shared.csv", "file:" + dir.resolve("sheets/it's mine.csv")};
        for (int i = 0; i < 3; i++) {
            InlineSetting r = d.runs().get(i);
            ObjectNode params = ((ObjectNode) r.parameters()).deepCopy().put("input", inputs[i]);
            runs.add(r.toBuilder().parameters(params).build());
        }
        return CliRun.writeDraft(dir, d.withRuns(runs).withApp(app));
    }

    private static String keyFor(String uploadLocation, String content, String name) throws Exception {
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
        return S3Files.keyFor(S3Location.require(uploadLocation).child("files"), sha, name).uri();
    }

    private JsonNode request() throws Exception {
        return Json.mapper().readTree(out.resolve("start-run-batch.json").toFile());
    }

    @Test
    void writesTheS3UrisTheSubmissionWouldUploadToAndAnUploadScript() throws Exception {
        CliRun run = CliRun.of("render", draft(DraftAppData.EMPTY), "--out", out.toString(),
                "--settings-uri", "s3://lab-uploads/batches/b1");
        assertThat(run.exitCode()).as(run.all()).isZero();
        String shared = keyFor("s3://lab-uploads/batches/b1", SHARED, "shared.csv");
        String own = keyFor("s3://lab-uploads/batches/b1", OWN, "it's mine.csv");
        JsonNode runs = request().path("batchRunSettings").path("inlineSettings");
        assertThat(runs.get(0).path("parameters").path("input").asText()).isEqualTo(shared);
        assertThat(runs.get(1).path("parameters").path("input").asText()).isEqualTo(shared);
        assertThat(runs.get(2).path("parameters").path("input").asText()).isEqualTo(own);
        assertThat(Files.readString(out.resolve("preview.csv"))).contains(shared).contains(own).doesNotContain("file:");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("preview.csv", "start-run-batch.json", "upload-files.sh");
        }
        assertThat(run.out()).contains("upload the 2 local files first: sh " + out.resolve("upload-files.sh"));
    }

    @Test
    void theUploadScriptCopiesEachFileOnceToItsUriWhateverItsName() throws Exception {
        assertThat(CliRun.of("render", draft(DraftAppData.EMPTY.withSettingsUri("s3://lab-uploads/b/")), "--out",
                out.toString()).exitCode()).isZero();
        String script = Files.readString(out.resolve("upload-files.sh"));
        assertThat(script).startsWith("#!/bin/sh\n").contains("\nset -e\n");
        assertThat(script.lines().filter(l -> l.startsWith("aws s3 cp "))).hasSize(2);
        // A stand-in aws command records its arguments, one per line: the shell must hand over each path whole.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("aws-args.txt");
        Files.writeString(bin.resolve("aws"), "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + log + "'\n");
        bin.resolve("aws").toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("sh", out.resolve("upload-files.sh").toString()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        String sharedSha = keyFor("s3://x/", SHARED, "n").split("/")[4];
        assertThat(Files.readAllLines(log)).containsExactly(
                "s3", "cp", dir.resolve("sheets/shared.csv").toString(), keyFor("s3://lab-uploads/b/", SHARED, "shared.csv"),
                "--metadata", "omics-batch-sha256=" + sharedSha,
                "s3", "cp", dir.resolve("sheets/it's mine.csv").toString(), keyFor("s3://lab-uploads/b/", OWN, "it's mine.csv"),
                "--metadata", "omics-batch-sha256=" + keyFor("s3://x/", OWN, "n").split("/")[4]);
    }

    @Test
    void theSettingsFileGetsTheUrisToo() throws Exception {
        assertThat(CliRun.of("render", draft(DraftAppData.EMPTY), "--out", out.toString(), "--settings-uri",
                "s3://lab-uploads/b/", "--settings-file", "always").exitCode()).isZero();
        String settings = Files.readString(out.resolve("run-settings.json"));
        assertThat(settings).contains(keyFor("s3://lab-uploads/b/", OWN, "it's mine.csv")).doesNotContain("file:");
    }

    @Test
    void refusesLocalFilesWithoutAnUploadLocationNamingWhereToSetIt() throws Exception {
        String file = draft(DraftAppData.EMPTY);
        CliRun run = CliRun.of("render", file, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ": not rendered: runs have local files")
                .contains("--settings-uri s3://bucket/prefix/").contains("Upload location in Run defaults");
        assertThat(out).doesNotExist();
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void aMissingLocalFileIsAnErrorNamingTheRunAndParameter() throws Exception {
        String file = draft(DraftAppData.EMPTY.withSettingsUri("s3://lab-uploads/b/"));
        Files.delete(dir.resolve("sheets/it's mine.csv"));
        CliRun run = CliRun.of("render", file, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("run " + TestData.somaticDraft(3).runs().get(2).runSettingId() + " (#2): parameters.input")
                .contains("local file not found");
        assertThat(out).doesNotExist();
    }
}
