package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.task.Progress;

/**
 * HealthOmics writes a run's outputs under its effective outputUri (its own, else the batch default)
 * followed by its run id: the monitor must show that, not the default for every run.
 */
class OutputLocationTest {
    private static final String SPECIAL = "s3://lab-bucket/special-results/";

    @TempDir
    Path dir;

    @Test
    void runsThatSetTheirOwnOutputUriShowItInRunRowsAndTheResultsCsv() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.write("own.json", SandboxRig.fastqcDraft("own outputs", List.of(
                    SandboxRig.run("plain", "s3://lab-bucket/in/plain.csv"),
                    withOutput(SandboxRig.run("special", "s3://lab-bucket/in/special.csv"), SPECIAL))));
            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);

            BatchSnapshot end = rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { },
                    Progress.NONE);

            Map<String, RunRow> rows = byId(end.runs());
            RunRow special = rows.get("special");
            assertThat(special.outputLocation()).isEqualTo("s3://lab-bucket/special-results/" + special.runId())
                    .isEqualTo(rig.session.batches().getRun(special.runId()).runOutputUri());
            assertThat(rows.get("plain").outputLocation()).isEqualTo("s3://lab-bucket/results/" + rows.get("plain").runId());
            assertThat(end.runs()).extracting(RunRow::outputSource).containsOnly(OutputSource.SUBMISSION);
            StringWriter csv = new StringWriter();
            ResultsExport.writeCsv(end, csv);
            assertThat(csv.toString()).contains("special," + special.runId() + ",SUCCESS,COMPLETED,,"
                    + "\"s3://lab-bucket/special-results/" + special.runId() + "\",submission");
        }
    }

    @Test
    void aSettingsFileBatchKeepsItsRunsOwnOutputUrisEvenAfterTheDraftIsEdited() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            List<InlineSetting> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                InlineSetting run = SandboxRig.run("f" + i, "s3://lab-bucket/in/f" + i + ".csv");
                runs.add(i % 2 == 0 ? withOutput(run, SPECIAL + "f" + i) : run);
            }
            BatchDraft fileDraft = SandboxRig.fastqcDraft("file outputs", runs);
            fileDraft = fileDraft.withApp(fileDraft.appOrEmpty().withSettingsFile("always"));
            Path draft = rig.write("file.json", fileDraft);
            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);
            assertThat(rig.journal.readRequest(s).batchRunSettings().s3UriSettings()).isNotNull();
            rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { }, Progress.NONE);
            DraftFiles.write(draft, fileDraft.withRuns(List.of(SandboxRig.run("f0", "s3://lab-bucket/in/other.csv"))));

            BatchSnapshot seen = new BatchMonitor(rig.session.batches(), rig.journal, dir.resolve("fresh-cache"),
                    Duration.ZERO).refresh(s.batchId(), true, Progress.NONE);

            assertThat(seen.runs()).hasSize(4).allSatisfy(r -> {
                String expected = r.runSettingId().equals("f0") || r.runSettingId().equals("f2")
                        ? SPECIAL + r.runSettingId() + "/" + r.runId() : "s3://lab-bucket/results/" + r.runId();
                assertThat(r.outputLocation()).isEqualTo(expected);
                assertThat(r.outputSource()).isEqualTo(OutputSource.SUBMISSION);
            });
        }
    }

    @Test
    void aBatchSubmittedElsewhereShowsTheDefaultAsExpectedAndFailedRunsWhereGetRunSaysTheyWrite() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast().withRunFailureRate(0.5).withSeed(7), dir)) {
            List<InlineSetting> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(withOutput(SandboxRig.run("e" + i, "s3://lab-bucket/in/e" + i + ".csv"), SPECIAL));
            }
            Submission s = rig.submissions().submit(rig.write("else.json", SandboxRig.fastqcDraft("elsewhere", runs)),
                    SubmitOptions.ALL, Progress.NONE);
            rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { }, Progress.NONE);

            // Another machine: its journal knows nothing of this batch.
            BatchSnapshot seen = new BatchMonitor(rig.session.batches(), new Journal(dir.resolve("other-journal")),
                    dir.resolve("other-cache"), Duration.ZERO).refresh(s.batchId(), true, Progress.NONE);

            List<RunRow> failed = seen.runs().stream().filter(r -> r.runStatus() == RunStatus.FAILED).toList();
            List<RunRow> completed = seen.runs().stream().filter(r -> r.runStatus() == RunStatus.COMPLETED).toList();
            assertThat(failed).isNotEmpty().allSatisfy(r -> {
                assertThat(r.outputLocation()).isEqualTo(SPECIAL + r.runId());
                assertThat(r.outputSource()).isEqualTo(OutputSource.SERVICE);
                assertThat(r.outputExpected()).isFalse();
            });
            assertThat(completed).isNotEmpty().allSatisfy(r -> {
                assertThat(r.outputLocation()).isEqualTo("s3://lab-bucket/results/" + r.runId());
                assertThat(r.outputSource()).isEqualTo(OutputSource.EXPECTED);
                assertThat(r.outputExpected()).isTrue();
            });
            StringWriter csv = new StringWriter();
            ResultsExport.writeCsv(seen, csv);
            assertThat(csv.toString()).contains("\"s3://lab-bucket/results/" + completed.get(0).runId() + "\",expected");
        }
    }

    @Test
    void theLocationIsTheOutputUriAndTheRunIdWithOneSlashBetween() {
        assertThat(OutputLocations.under("s3://b/out/", "123")).isEqualTo("s3://b/out/123");
        assertThat(OutputLocations.under("s3://b/out", "123")).isEqualTo("s3://b/out/123");
        assertThat(OutputLocations.under("s3://b/out", null)).isNull();
        assertThat(OutputLocations.under(null, "123")).isNull();
    }

    private static InlineSetting withOutput(InlineSetting run, String outputUri) {
        return run.toBuilder().outputUri(outputUri).build();
    }

    private static Map<String, RunRow> byId(List<RunRow> rows) {
        return rows.stream().collect(Collectors.toMap(RunRow::runSettingId, Function.identity()));
    }
}
