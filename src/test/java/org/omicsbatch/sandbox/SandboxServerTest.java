package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Json;

class SandboxServerTest {

    @Test
    void takesAFreePortAndServesOnTheLoopback() throws Exception {
        try (SandboxServer a = SandboxServer.start(SandboxOptions.defaults());
                SandboxServer b = SandboxServer.start(SandboxOptions.defaults())) {
            assertThat(a.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(a.endpoint().getPort()).isPositive().isNotEqualTo(b.endpoint().getPort());
        }
    }

    @Test
    void withStateDirARestartKeepsBatchesAndObjects(@TempDir Path dir) throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withStateDir(dir).withSpeed(100);
        String id;
        try (SandboxServer first = SandboxServer.start(options)) {
            SignedHttp http = new SignedHttp(first.endpoint());
            assertThat(http.send("s3", "PUT", "/kept/notes.txt", "keep me").statusCode()).isEqualTo(200);
            HttpResponse<String> created = http.omics("POST", "/runBatch", OmicsWireTest.batchBody("kept-1",
                    "[{\"runSettingId\":\"a\",\"parameters\":{\"input\":\"s3://r/a.csv\"}}]"));
            id = Json.mapper().readTree(created.body()).path("id").asText();
        }
        assertThat(Files.exists(dir.resolve(StateStore.FILE))).isTrue();
        try (SandboxServer second = SandboxServer.start(options)) {
            SignedHttp http = new SignedHttp(second.endpoint());
            HttpResponse<String> batch = http.omics("GET", "/runBatch/" + id, null);
            assertThat(batch.statusCode()).isEqualTo(200);
            assertThat(Json.mapper().readTree(batch.body()).path("name").asText()).isEqualTo("wire");
            assertThat(http.send("s3", "GET", "/kept/notes.txt", null).body()).isEqualTo("keep me");
        }
    }

    @Test
    void latencyDelaysEveryReply() throws Exception {
        try (SandboxServer slow = SandboxServer.start(SandboxOptions.defaults().withLatency(java.time.Duration.ofMillis(300)))) {
            long start = System.nanoTime();
            HttpResponse<String> r = new SignedHttp(slow.endpoint()).omics("GET", "/workflow", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void onAManualClockATestMovesTimeItselfWhileClientsTalkHttp() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults(), new ManualClock(SandboxFixtures.T0))) {
            SignedHttp http = new SignedHttp(server.endpoint());
            String id = Json.mapper().readTree(http.omics("POST", "/runBatch", OmicsWireTest.batchBody("manual",
                    "[{\"runSettingId\":\"a\",\"parameters\":{\"input\":\"s3://r/a.csv\"}}]")).body()).path("id").asText();
            server.backend().advance(java.time.Duration.ofMinutes(2));
            var batch = Json.mapper().readTree(http.omics("GET", "/runBatch/" + id, null).body());
            assertThat(batch.path("status").asText()).isEqualTo("PROCESSED");
            assertThat(batch.path("processedTime").asText()).isEqualTo(SandboxFixtures.T0.plusSeconds(85).toString());
        }
    }
}
