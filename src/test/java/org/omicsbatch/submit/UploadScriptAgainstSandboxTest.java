package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.aws.UploadedFile;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.RenderedFiles;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.plan.UploadScript;
import org.omicsbatch.task.Progress;
import org.omicsbatch.testing.AwsCli;

/**
 * The rendered upload-files.sh, run with the real AWS CLI against the sandbox, puts each file where the
 * submission looks for it, with the hash the submission checks: submitting afterwards uploads nothing.
 * Skipped where there is no {@code aws} command.
 */
class UploadScriptAgainstSandboxTest {
    @TempDir
    Path dir;

    @Test
    void filesUploadedByTheScriptAreReusedByTheSubmission() throws Exception {
        assumeTrue(AwsCli.onPath(), AwsCli.MISSING);
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.localFilesDraft("scripted");
            BatchDraft read = DraftFiles.read(draft);
            Path out = Files.createDirectories(dir.resolve("out"));
            RenderedFiles.write(read, dir, SettingsFileMode.AUTO, read.appOrEmpty().settingsUri(),
                    (name, content) -> DraftFiles.writeAtomically(out.resolve(name), content::writeTo), Progress.NONE);

            ProcessBuilder pb = new ProcessBuilder("sh", out.resolve(UploadScript.FILE_NAME).toString())
                    .redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("AWS_ENDPOINT_URL", rig.server.endpoint().toString());
            env.put("AWS_ACCESS_KEY_ID", "testing");
            env.put("AWS_SECRET_ACCESS_KEY", "testing");
            env.put("AWS_DEFAULT_REGION", "us-east-1");
            env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(said).isZero();

            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);
            assertThat(s.files()).hasSize(2);
            assertThat(s.files().values()).allMatch(UploadedFile::reused);
        }
    }
}
