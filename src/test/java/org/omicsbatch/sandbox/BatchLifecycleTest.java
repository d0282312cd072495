package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.sandbox.SandboxFixtures.T0;
import static org.omicsbatch.sandbox.SandboxFixtures.backend;
import static org.omicsbatch.sandbox.SandboxFixtures.request;
import static org.omicsbatch.sandbox.SandboxFixtures.sample;
import static org.omicsbatch.sandbox.SandboxFixtures.samples;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;

class BatchLifecycleTest {

    @Test
    void batchGoesThroughCreatingPendingSubmittingInprogressToProcessedWithTimestamps() {
        SandboxBackend backend = backend();
        String id = backend.startRunBatch(request("req-1", samples(3))).id();
        assertThat(backend.getBatch(id).status()).isEqualTo(BatchStatus.CREATING);
        assertThat(backend.getBatch(id).creationTime()).isEqualTo(T0);

        backend.advance(Duration.ofSeconds(2));
        assertThat(backend.getBatch(id).status()).isEqualTo(BatchStatus.PENDING);
        backend.advance(Duration.ofSeconds(3));
        assertThat(backend.getBatch(id).status()).isEqualTo(BatchStatus.SUBMITTING);
        assertThat(backend.getBatch(id).submissionSummary().pendingStartSubmissionCount()).isEqualTo(2);

        backend.advance(Duration.ofMillis(200)); // 10 starts per second: the third starts at +200 ms
        Batch inProgress = backend.getBatch(id);
        assertThat(inProgress.status()).isEqualTo(BatchStatus.INPROGRESS);
        assertThat(inProgress.submittedTime()).isEqualTo(T0.plusMillis(5200));
        assertThat(inProgress.submissionSummary().successfulStartSubmissionCount()).isEqualTo(3);
        assertThat(inProgress.runSummary().pendingRunCount()).isEqualTo(3);

        backend.advance(Duration.ofSeconds(20)); // runs: PENDING 5 s, STARTING 10 s, RUNNING 60 s, STOPPING 5 s
        assertThat(backend.getBatch(id).runSummary().runningRunCount()).isEqualTo(3);

        backend.advance(Duration.ofMinutes(2));
        Batch done = backend.getBatch(id);
        assertThat(done.status()).isEqualTo(BatchStatus.PROCESSED);
        assertThat(done.processedTime()).isEqualTo(T0.plusMillis(5200 + 80_000));
        assertThat(done.runSummary().completedRunCount()).isEqualTo(3);
        assertThat(done.runSummary().total()).isEqualTo(3);
        assertThat(done.totalRuns()).isEqualTo(3);
    }

    @Test
    void speedCompressesTheLifecycle() {
        SandboxBackend backend = backend(SandboxOptions.defaults().withSpeed(100).withStartRate(1000));
        String id = backend.startRunBatch(request("fast", samples(5))).id();
        backend.advance(Duration.ofMillis(900));
        assertThat(backend.getBatch(id).status()).isEqualTo(BatchStatus.PROCESSED);
    }

    @Test
    void runMissingARequiredTemplateParameterBecomesAFailedSubmissionAndTheOthersStillRun() {
        SandboxBackend backend = backend();
        InlineSetting noInput = InlineSetting.builder().runSettingId("no-input").build();
        String id = backend.startRunBatch(request("req-missing", List.of(sample("ok"), noInput))).id();
        backend.advance(Duration.ofMinutes(5));

        Batch batch = backend.getBatch(id);
        assertThat(batch.status()).isEqualTo(BatchStatus.PROCESSED);
        assertThat(batch.submissionSummary().successfulStartSubmissionCount()).isEqualTo(1);
        assertThat(batch.submissionSummary().failedStartSubmissionCount()).isEqualTo(1);
        RunInBatch failed = backend.listRunsInBatch(new ListRunsInBatchRequest(id, null, null,
                SubmissionStatus.FAILED, null, null)).runs().get(0);
        assertThat(failed.runSettingId()).isEqualTo("no-input");
        assertThat(failed.runId()).isNull();
        assertThat(failed.submissionFailureReason()).isEqualTo("ValidationException");
        assertThat(failed.submissionFailureMessage()).contains("input");
    }

    @Test
    void runWithAParameterTheTemplateDoesNotDeclareFails() {
        SandboxBackend backend = backend();
        InlineSetting typo = sample("typo").toBuilder()
                .parameters(SandboxFixtures.json("{\"input\":\"s3://r/s.csv\",\"fastaa\":\"s3://r/g.fa\"}")).build();
        String id = backend.startRunBatch(request("req-typo", List.of(typo))).id();
        backend.advance(Duration.ofSeconds(6));
        RunInBatch run = backend.listRunsInBatch(ListRunsInBatchRequest.of(id)).runs().get(0);
        assertThat(run.submissionStatus()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(run.submissionFailureMessage()).contains("fastaa");
    }

    @Test
    void duplicateRunSettingIdFailsTheSecondOccurrence() {
        SandboxBackend backend = backend();
        String id = backend.startRunBatch(request("req-dup", List.of(sample("s1"), sample("s1")))).id();
        backend.advance(Duration.ofSeconds(6));
        List<RunInBatch> runs = backend.listRunsInBatch(ListRunsInBatchRequest.of(id)).runs();
        assertThat(runs).extracting(RunInBatch::submissionStatus)
                .containsExactly(SubmissionStatus.SUCCESS, SubmissionStatus.FAILED);
        assertThat(runs.get(1).submissionFailureMessage()).contains("not unique");
    }

    @Test
    void runFailureRateFailsRunsWithAReason() {
        SandboxBackend backend = backend(SandboxOptions.defaults().withRunFailureRate(1));
        String id = backend.startRunBatch(request("req-fail", samples(2))).id();
        backend.advance(Duration.ofMinutes(3));
        Batch batch = backend.getBatch(id);
        assertThat(batch.status()).isEqualTo(BatchStatus.PROCESSED);
        assertThat(batch.runSummary().failedRunCount()).isEqualTo(2);
        String runId = backend.listRunsInBatch(ListRunsInBatchRequest.of(id)).runs().get(0).runId();
        assertThat(backend.getRun(runId).path("failureReason").asText()).isEqualTo(Lifecycle.SIMULATED_FAILURE);
        assertThat(backend.getRun(runId).path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void getRunShowsMergedSettingsOutputLocationAndLogs() {
        SandboxBackend backend = backend();
        String id = backend.startRunBatch(request("req-run", List.of(sample("s1")))).id();
        backend.advance(Duration.ofSeconds(30));
        String runId = backend.listRunsInBatch(ListRunsInBatchRequest.of(id)).runs().get(0).runId();
        var run = backend.getRun(runId);
        assertThat(run.path("status").asText()).isEqualTo("RUNNING");
        assertThat(run.path("batchId").asText()).isEqualTo(id);
        assertThat(run.path("name").asText()).isEqualTo("fastqc-s1");
        assertThat(run.path("parameters").path("input").asText()).isEqualTo("s3://reads/s1/samplesheet.csv");
        assertThat(run.path("parameters").path("fasta").asText()).isEqualTo("s3://refs/genome.fa");
        assertThat(run.path("runOutputUri").asText()).isEqualTo("s3://sandbox-results/fastqc/" + runId);
        assertThat(run.path("logLocation").path("runLogStream").asText()).isEqualTo("run/" + runId);
        assertThat(run.path("startTime").asText()).isEqualTo(T0.plusSeconds(20).toString());
    }

    @Test
    void listRunsFiltersByBatchAndStatusAndPaginates() {
        SandboxBackend backend = backend();
        String a = backend.startRunBatch(request("a", samples(3))).id();
        String b = backend.startRunBatch(request("b", samples(2))).id();
        backend.advance(Duration.ofSeconds(6));
        assertThat(backend.listRuns(ListRunsRequest.ofBatch(a)).items()).hasSize(3).allMatch(r -> r.batchId().equals(a));
        assertThat(backend.listRuns(ListRunsRequest.ofBatch(b)).items()).hasSize(2);
        var first = backend.listRuns(new ListRunsRequest(null, RunStatus.PENDING, null, null, 4, null));
        assertThat(first.items()).hasSize(4);
        var second = backend.listRuns(new ListRunsRequest(null, RunStatus.PENDING, null, null, 4, first.nextToken()));
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextToken()).isNull();
    }
}
