package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.task.Progress;

/**
 * A submission stopped right after each journaled step (as a crash there would leave it) is finished
 * by the next start's recovery with exactly one batch.
 */
class CrashRecoveryTest {
    /** Stands for the process dying: nothing after the throw point runs. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"PREPARED", "UPLOADED 3", "RENDERED", "SENDING", "CALLED"})
    void aSubmissionStoppedAfterEachStepRecoversToExactlyOneBatch(String step) throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.write("crash.json", draftWithLocalFiles());
            SubmissionService crashing = rig.submissions();
            crashing.afterJournal(s -> {
                if (s.equals(step)) {
                    throw new SimulatedCrash();
                }
            });
            assertThatThrownBy(() -> crashing.submit(draft, SubmitOptions.ALL, Progress.NONE))
                    .isInstanceOf(SimulatedCrash.class);
            Submission left = rig.journal.unfinished().get(0);

            List<Submission> recovered = rig.submissions().recoverAll(Progress.NONE);

            assertThat(recovered).hasSize(1);
            Submission s = recovered.get(0);
            assertThat(s.submissionId()).isEqualTo(left.submissionId());
            assertThat(s.requestId()).isEqualTo(left.requestId());
            assertThat(s.step()).isEqualTo(Submission.Step.SENT);
            assertThat(rig.allBatches()).hasSize(1);
            assertThat(rig.batchesTagged(s.submissionId())).isEqualTo(1);
            assertThat(rig.journal.unfinished()).isEmpty();
        }
    }

    /** Three runs, each with its own sample sheet file, sent through a settings file. */
    private BatchDraft draftWithLocalFiles() throws Exception {
        Path sheets = Files.createDirectories(dir.resolve("sheets"));
        for (String id : List.of("s1", "s2", "s3")) {
            Files.writeString(sheets.resolve(id + ".csv"), "sample,fastq_1\n" + id + ",s3://lab-bucket/fq/" + id
                    + "_R1.fastq.gz\n");
        }
        BatchDraft d = SandboxRig.fastqcDraft("crash test", List.of(SandboxRig.run("s1", "file:sheets/s1.csv"),
                SandboxRig.run("s2", "file:sheets/s2.csv"), SandboxRig.run("s3", "file:sheets/s3.csv")));
        return d.withApp(DraftAppData.EMPTY.withSettingsUri(SandboxRig.SETTINGS_URI).withSettingsFile("always"));
    }
}
