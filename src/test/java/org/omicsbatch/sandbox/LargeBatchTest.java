package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.sandbox.SandboxFixtures.backend;
import static org.omicsbatch.sandbox.SandboxFixtures.fastqcDefaults;
import static org.omicsbatch.sandbox.SandboxFixtures.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;

class LargeBatchTest {

    @Test
    void aSettingsFileOfTenThousandRunsIsProcessedInOneJumpOfTheClockAndPagedThrough() {
        SandboxBackend backend = backend(SandboxOptions.defaults().withStartRate(1000));
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            json.append(i > 0 ? "," : "").append("{\"runSettingId\":\"r").append(i)
                    .append("\",\"parameters\":{\"input\":\"s3://reads/").append(i).append(".csv\"}}");
        }
        backend.s3().put("big", "settings.json", json.append(']').toString().getBytes(StandardCharsets.UTF_8),
                "application/json", Map.of(), backend.now());
        String id = backend.startRunBatch(request("big", fastqcDefaults().build(),
                BatchRunSettings.s3Uri("s3://big/settings.json"))).id();
        backend.advance(Duration.ofMinutes(2)); // one jump: every step still happens at the instant it was due
        Batch batch = backend.getBatch(id);
        assertThat(batch.status()).isEqualTo(BatchStatus.PROCESSED);
        assertThat(batch.runSummary().completedRunCount()).isEqualTo(10_000);
        assertThat(batch.submittedTime()).isEqualTo(SandboxFixtures.T0.plusSeconds(5).plusMillis(9_999));
        assertThat(batch.processedTime()).isEqualTo(batch.submittedTime().plusSeconds(80));

        int pages = 0;
        String token = null;
        do {
            ListRunsInBatchResponse page = backend.listRunsInBatch(new ListRunsInBatchRequest(id, 100, token, null, null, null));
            token = page.nextToken();
            pages++;
        } while (token != null && pages < 5);
        assertThat(pages).isEqualTo(5);
    }
}
