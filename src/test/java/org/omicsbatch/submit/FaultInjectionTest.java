package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.task.Progress;

/** The service refuses 30% of calls with throttling and fails 10% with 500s: still one batch per submission. */
class FaultInjectionTest {
    @TempDir
    Path dir;

    @Test
    void twentySubmissionsUnderThrottlingAndServerErrorsMakeExactlyTwentyBatches() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast().withThrottleRate(0.3).withFailRate(0.1).withSeed(7),
                dir)) {
            SubmissionService service = rig.submissions();
            List<Submission> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Path draft = rig.write("draft-" + i + ".json", SandboxRig.fastqcDraft("faulty " + i, List.of(
                        SandboxRig.run("a" + i, "s3://lab-bucket/sheets/a.csv"),
                        SandboxRig.run("b" + i, "s3://lab-bucket/sheets/b.csv"),
                        SandboxRig.run("c" + i, "s3://lab-bucket/sheets/c.csv"))));
                done.add(service.submit(draft, SubmitOptions.ALL, Progress.NONE));
            }

            assertThat(done).allSatisfy(s -> assertThat(s.step()).isEqualTo(Submission.Step.SENT));
            assertThat(done).extracting(Submission::batchId).doesNotHaveDuplicates();
            assertThat(rig.allBatches()).hasSize(20);
            assertThat(done).allSatisfy(s -> assertThat(rig.batchesTagged(s.submissionId())).isEqualTo(1));
        }
    }
}
