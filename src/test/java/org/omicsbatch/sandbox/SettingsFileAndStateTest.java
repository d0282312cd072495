package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.omicsbatch.sandbox.SandboxFixtures.backend;
import static org.omicsbatch.sandbox.SandboxFixtures.fastqcDefaults;
import static org.omicsbatch.sandbox.SandboxFixtures.request;
import static org.omicsbatch.sandbox.SandboxFixtures.samples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.SubmissionStatus;

class SettingsFileAndStateTest {
    private static final String URI = "s3://sandbox-inputs/batches/run-settings.json";

    private final SandboxBackend backend = backend();

    private void putSettings(String json) {
        backend.s3().put("sandbox-inputs", "batches/run-settings.json", json.getBytes(StandardCharsets.UTF_8),
                "application/json", Map.of(), backend.now());
    }

    private String startFromFile() {
        return backend.startRunBatch(request("from-file", fastqcDefaults().build(), BatchRunSettings.s3Uri(URI))).id();
    }

    @Test
    void runsComeFromTheSettingsFileInS3() throws Exception {
        putSettings(Json.mapper().writeValueAsString(samples(4)));
        String id = startFromFile();
        assertThat(backend.getBatch(id).totalRuns()).as("unknown until the file is read").isNull();
        backend.advance(Duration.ofMinutes(3));
        Batch batch = backend.getBatch(id);
        assertThat(batch.status()).isEqualTo(BatchStatus.PROCESSED);
        assertThat(batch.totalRuns()).isEqualTo(4);
        assertThat(batch.runSummary().completedRunCount()).isEqualTo(4);
    }

    @Test
    void batchFailsWhenTheSettingsFileChangesBeforeItIsRead() throws Exception {
        putSettings(Json.mapper().writeValueAsString(samples(2)));
        String id = startFromFile();
        putSettings(Json.mapper().writeValueAsString(samples(3)));
        backend.advance(Duration.ofSeconds(2));
        Batch batch = backend.getBatch(id);
        assertThat(batch.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(batch.failureReason()).contains("modified after submission", "ETag");
        assertThat(batch.failedTime()).isEqualTo(SandboxFixtures.T0.plusSeconds(2));
        backend.deleteBatch(id);
    }

    @Test
    void aMissingSettingsFileIsRefusedSynchronously() {
        assertThatThrownBy(this::startFromFile).isInstanceOfSatisfying(SandboxException.class,
                e -> assertThat(e.getMessage()).contains("Unable to access the run settings file", URI));
    }

    @Test
    void malformedEntriesOfTheFileFailTheirRunOnly() {
        putSettings("[{\"runSettingId\":\"good\",\"parameters\":{\"input\":\"s3://r/a.csv\"}},"
                + "{\"runSettingId\":\"bad\",\"priority\":-5,\"parameters\":{\"input\":\"s3://r/b.csv\"}}]");
        String id = startFromFile();
        backend.advance(Duration.ofSeconds(6));
        var runs = backend.listRunsInBatch(ListRunsInBatchRequest.of(id)).runs();
        assertThat(runs).extracting(RunInBatch::submissionStatus)
                .containsExactly(SubmissionStatus.SUCCESS, SubmissionStatus.FAILED);
        assertThat(runs.get(1).submissionFailureMessage()).contains("priority");
    }

    @Test
    void aFileThatIsNotAnArrayFailsTheBatch() {
        putSettings("{\"runSettingId\":\"x\"}");
        String id = startFromFile();
        backend.advance(Duration.ofSeconds(2));
        assertThat(backend.getBatch(id).failureReason()).contains("JSON array");
    }

    @Test
    void stateSurvivesARestartWithBatchesRunsAndObjects(@TempDir Path dir) throws Exception {
        putSettings(Json.mapper().writeValueAsString(samples(1)));
        String fromFile = startFromFile();
        String inline = backend.startRunBatch(request("inline", samples(2))).id();
        backend.advance(Duration.ofSeconds(30));
        StateStore.save(dir, backend);
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly(StateStore.FILE);

        SandboxBackend restarted = backend();
        assertThat(StateStore.load(dir, restarted)).isTrue();
        assertThat(restarted.getBatch(inline)).isEqualTo(backend.getBatch(inline));
        assertThat(restarted.getBatch(fromFile).totalRuns()).isEqualTo(1);
        assertThat(restarted.s3().get("sandbox-inputs", "batches/run-settings.json")).isPresent();
        assertThat(restarted.startRunBatch(request("inline", samples(2))).id()).as("idempotency survives").isEqualTo(inline);
        String next = restarted.startRunBatch(request("after-restart", samples(1))).id();
        assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(inline));
        restarted.advance(Duration.ofMinutes(3));
        assertThat(restarted.getBatch(inline).status()).isEqualTo(BatchStatus.PROCESSED);
    }
}
