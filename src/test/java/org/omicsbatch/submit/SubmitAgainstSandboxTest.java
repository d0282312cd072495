package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.task.Progress;

/** Submissions through the real client over HTTP into the sandbox, followed to the end. */
class SubmitAgainstSandboxTest {
    @TempDir
    Path dir;

    @Test
    void aThreeRunInlineBatchReachesProcessedWithEveryRunAccountedFor() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.write("three.json", SandboxRig.fastqcDraft("three samples", List.of(
                    SandboxRig.run("control_REP1", "s3://lab-bucket/sheets/control_REP1.csv"),
                    SandboxRig.run("control_REP2", "s3://lab-bucket/sheets/control_REP2.csv"),
                    SandboxRig.run("treatment_REP1", "s3://lab-bucket/sheets/treatment_REP1.csv"))));

            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);

            assertThat(s.step()).isEqualTo(Submission.Step.SENT);
            assertThat(rig.journal.readRequest(s).batchRunSettings().inlineSettings()).hasSize(3);
            BatchSnapshot end = rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { },
                    Progress.NONE);
            assertThat(end.batch().status()).isEqualTo(BatchStatus.PROCESSED);
            assertThat(end.runs()).extracting(RunRow::runSettingId)
                    .containsExactlyInAnyOrder("control_REP1", "control_REP2", "treatment_REP1");
            assertThat(end.runs()).allSatisfy(r -> {
                assertThat(r.submissionStatus()).isEqualTo(SubmissionStatus.SUCCESS);
                assertThat(r.runStatus()).isEqualTo(RunStatus.COMPLETED);
                assertThat(r.outputLocation()).isEqualTo("s3://lab-bucket/results/" + r.runId());
            });
            assertThat(rig.journal.load(s.submissionId()).orElseThrow().lastStatus()).isEqualTo(BatchStatus.PROCESSED);
            assertThat(rig.batchesTagged(s.submissionId())).isEqualTo(1);
        }
    }

    @Test
    void a250RunBatchWithPerRunSampleSheetsGoesThroughAnS3SettingsFile() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path sheets = Files.createDirectories(dir.resolve("sheets"));
            List<String> rows = Files.readAllLines(Path.of(getClass()
                    .getResource("/aws/nf-core-rnaseq_assets_samplesheet.csv").toURI()));
            List<InlineSetting> runs = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                String row = rows.get(1 + i % (rows.size() - 1));
                String id = row.substring(0, row.indexOf(',')) + "-" + i;
                Files.writeString(sheets.resolve(id + ".csv"), rows.get(0) + "\n" + row.replaceFirst("^[^,]*", id) + "\n");
                runs.add(SandboxRig.run(id, "file:sheets/" + id + ".csv"));
            }
            Path draft = rig.write("many.json", SandboxRig.fastqcDraft("250 samples", runs));

            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);
            assertThat(s.files()).hasSize(250);
            assertThat(s.settingsFile()).isNotNull();
            StartRunBatchRequest sent = rig.journal.readRequest(s);
            assertThat(sent.batchRunSettings().s3UriSettings()).isEqualTo(s.settingsFile().uri());
            BatchSnapshot end = rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { },
                    Progress.NONE);
            assertThat(end.batch().status()).isEqualTo(BatchStatus.PROCESSED);
            assertThat(end.batch().totalRuns()).isEqualTo(250);
            Set<String> ids = end.runs().stream().map(RunRow::runSettingId).collect(Collectors.toSet());
            assertThat(ids).hasSize(250).containsAll(runs.stream().map(InlineSetting::runSettingId).toList());
            assertThat(end.runs()).allSatisfy(r -> assertThat(r.runStatus()).isEqualTo(RunStatus.COMPLETED));
            assertThat(end.runs().stream().map(RunRow::runId).distinct().count()).isEqualTo(250);
        }
    }

    @Test
    void aPilotSendsTheFirstRunsAndALaterSubmitSendsOnlyTheRest() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            List<InlineSetting> runs = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                runs.add(SandboxRig.run("p" + i, "s3://lab-bucket/sheets/p" + i + ".csv"));
            }
            Path draft = rig.write("pilot.json", SandboxRig.fastqcDraft(null, runs));
            SubmissionService service = rig.submissions();

            Submission pilot = service.submit(draft, new SubmitOptions(null, 2, false), Progress.NONE);
            Submission rest = service.submit(draft, new SubmitOptions(null, null, true), Progress.NONE);

            assertThat(pilot.runSettingIds()).containsExactly("p1", "p2");
            assertThat(pilot.batchName()).isEqualTo("pilot (2 of 5)");
            assertThat(rest.runSettingIds()).containsExactly("p3", "p4", "p5");
            assertThat(rig.journal.readRequest(rest).batchRunSettings().inlineSettings())
                    .extracting(InlineSetting::runSettingId).containsExactly("p3", "p4", "p5");
            assertThat(rest.batchId()).isNotEqualTo(pilot.batchId());
            assertThatThrownBy(() -> service.submit(draft, new SubmitOptions(null, null, true), Progress.NONE))
                    .isInstanceOf(SubmissionRefused.class).hasMessageContaining("already submitted");
            assertThat(rig.allBatches()).hasSize(2);
        }
    }

    @Test
    void aDraftWhoseRunsAreAnS3SettingsFileIsSentWithThatFile() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path settings = Files.writeString(dir.resolve("runs.json"),
                    "[{\"runSettingId\":\"x1\",\"parameters\":{\"input\":\"s3://lab-bucket/x1.csv\"}},"
                            + "{\"runSettingId\":\"x2\",\"parameters\":{\"input\":\"s3://lab-bucket/x2.csv\"}}]");
            String uri = rig.session.s3().upload(settings, org.omicsbatch.aws.S3Location.require("s3://lab-bucket/own"),
                    "runs.json", Progress.NONE).uri();
            var draft = SandboxRig.fastqcDraft("own file", List.of());
            draft = new org.omicsbatch.model.BatchDraft(draft.batchName(), null, draft.tags(), draft.defaultRunSetting(),
                    org.omicsbatch.model.BatchRunSettings.s3Uri(uri), null, null);
            Path file = rig.write("own.json", draft);

            Submission s = rig.submissions().submit(file, SubmitOptions.ALL, Progress.NONE);

            assertThat(rig.journal.readRequest(s).batchRunSettings().s3UriSettings()).isEqualTo(uri);
            BatchSnapshot end = rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { },
                    Progress.NONE);
            assertThat(end.runs()).extracting(RunRow::runSettingId).containsExactlyInAnyOrder("x1", "x2");
            assertThatThrownBy(() -> rig.submissions().submit(file, new SubmitOptions(null, 1, false), Progress.NONE))
                    .isInstanceOf(SubmissionRefused.class).hasMessageContaining("S3 settings file");
        }
    }
}
