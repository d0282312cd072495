package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.plan.Problem.Severity;
import org.omicsbatch.task.Progress;

/** Preflight against the sandbox's catalog and (strict) S3. */
class PreflightAgainstSandboxTest {
    @TempDir
    Path dir;

    @Test
    void namesEachMissingInputWithTheRunsThatUseItAndAnUnknownOutputBucket() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast().withStrictBuckets(true), dir)) {
            var s3 = rig.server.backend().s3();
            s3.createBucket("lab-bucket", Instant.now());
            s3.createBucket("lab-reference", Instant.now());
            s3.put("lab-reference", "GRCh38/genome.fa", ">chr1\nACGT\n".getBytes(), "text/plain", Map.of(), Instant.now());
            for (String id : List.of("s1", "s2")) {
                s3.put("lab-bucket", "sheets/" + id + ".csv", ("sample\n" + id + "\n").getBytes(), "text/csv", Map.of(),
                        Instant.now());
            }
            BatchDraft draft = SandboxRig.fastqcDraft("preflight", List.of(
                    SandboxRig.run("s1", "s3://lab-bucket/sheets/s1.csv"),
                    SandboxRig.run("s2", "s3://lab-bucket/sheets/s2.csv"),
                    SandboxRig.run("s3", "s3://lab-bucket/sheets/missing.csv"),
                    SandboxRig.run("s4", "s3://lab-bucket/sheets/missing.csv"),
                    InlineSetting.builder().runSettingId("s5").outputUri("s3://no-such-bucket/out/")
                            .parameters(SandboxRig.run("s5", "s3://lab-bucket/sheets/s1.csv").parameters()).build()));

            List<PreflightFinding> findings = new Preflight(rig.session.catalog(), rig.session.s3(), 4)
                    .check(draft, Progress.NONE);

            assertThat(findings).filteredOn(PreflightFinding::isError).extracting(PreflightFinding::format)
                    .containsExactlyInAnyOrder(
                            "error: output bucket no-such-bucket: does not exist (used by s5)",
                            "error: s3://lab-bucket/sheets/missing.csv: does not exist (used by s3, s4)");
        }
    }

    @Test
    void refusesAReady2RunWorkflowForABatch() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            BatchDraft draft = SandboxRig.fastqcDraft("r2r", List.of(SandboxRig.run("a", "s3://x/y.csv")));
            draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().workflowId("9100001").build());

            List<PreflightFinding> findings = new Preflight(rig.session.catalog(), rig.session.s3(), 4)
                    .check(draft, Progress.NONE);

            assertThat(findings).anySatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.subject()).isEqualTo("workflow 9100001");
                assertThat(f.message()).contains("READY2RUN");
            });
        }
    }
}
