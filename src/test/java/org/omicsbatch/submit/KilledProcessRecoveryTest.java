package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.task.Progress;

/** A real kill -9 of a submitting JVM after StartRunBatch answered but before the batch was journaled. */
class KilledProcessRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aSubmissionKilledAfterTheCallRecoversToTheOneBatchItMade() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.write("killed.json", SandboxRig.fastqcDraft("killed", List.of(
                    SandboxRig.run("k1", "s3://lab-bucket/sheets/k1.csv"),
                    SandboxRig.run("k2", "s3://lab-bucket/sheets/k2.csv"))));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SubmitChild.class.getName(), rig.server.endpoint().toString(), draft.toString(),
                    rig.journal.folder().toString(), "CALLED").redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.startsWith("PAUSED")) {
                    // wait for the child to reach the step
                }
                assertThat(line).isEqualTo("PAUSED CALLED");
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
            assertThat(rig.allBatches()).hasSize(1);
            Submission left = rig.journal.unfinished().get(0);
            assertThat(left.step()).isEqualTo(Submission.Step.SENDING);

            List<Submission> recovered = rig.submissions().recoverAll(Progress.NONE);

            assertThat(recovered).singleElement().satisfies(s -> {
                assertThat(s.step()).isEqualTo(Submission.Step.SENT);
                assertThat(s.batchId()).isEqualTo(rig.allBatches().get(0).id());
            });
            assertThat(rig.allBatches()).hasSize(1);
        }
    }
}
