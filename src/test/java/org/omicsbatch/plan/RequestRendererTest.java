package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.task.Progress;

class RequestRendererTest {
    private static final String SETTINGS_URI = "s3://my-bucket/batches/2026-11-26/";
    private final ServiceModelChecker model = ServiceModelChecker.omics();

    @TempDir
    Path dir;

    private static JsonNode requestJson(StartRunBatchRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RequestRenderer.writeRequest(request, out);
        return Json.mapper().readTree(out.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 100, 101, 100_000})
    void rendersARequestTheServiceModelAccepts(int runs) throws Exception {
        BatchDraft draft = TestData.somaticDraft(runs);
        String objectUri = RequestRenderer.settingsObjectUri(SETTINGS_URI);
        StartRunBatchRequest request = RequestRenderer.request(draft, SettingsFileMode.AUTO, objectUri);
        JsonNode json = requestJson(request);
        assertThat(model.check("StartRunBatchRequest", json)).isEmpty();
        UUID.fromString(json.get("requestId").asText());
        assertThat(json.get("tags")).isEqualTo(Json.mapper().valueToTree(draft.tags()));
        if (runs <= 100) {
            assertThat(json.get("batchRunSettings").get("inlineSettings")).hasSize(runs);
            assertThat(json.get("batchRunSettings").has("s3UriSettings")).isFalse();
        } else {
            assertThat(json.get("batchRunSettings").get("s3UriSettings").asText())
                    .isEqualTo("s3://my-bucket/batches/2026-11-26/run-settings.json");
            Path file = dir.resolve(RequestRenderer.SETTINGS_FILE_NAME);
            try (OutputStream out = Files.newOutputStream(file)) {
                RequestRenderer.writeSettingsFile(draft, out, Progress.NONE);
            }
            assertThat(checkSettingsFile(file)).isEqualTo(runs);
            assertThat(Files.size(file)).isEqualTo(SettingsFileWriter.size(draft.runs(), Progress.NONE))
                    .isLessThan(ServiceLimits.SETTINGS_FILE_MAX_BYTES);
        }
    }

    /** Streams the file: a JSON array whose every item is a valid InlineSetting with a unique id. */
    private int checkSettingsFile(Path file) throws Exception {
        Set<String> ids = new HashSet<>();
        int count = 0;
        try (JsonParser p = Json.mapper().createParser(file.toFile())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode run = p.readValueAsTree();
                assertThat(model.check("InlineSetting", run)).as("run %d", count).isEmpty();
                assertThat(ids.add(run.get("runSettingId").asText())).isTrue();
                count++;
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextToken()).isNull();
        }
        assertThat(count).isLessThanOrEqualTo(ServiceLimits.RUNS_MAX);
        return count;
    }

    @Test
    void writesOneRunPerLineAndKeepsParameterValuesExactly() throws Exception {
        BatchDraft draft = TestData.somaticDraft(2);
        com.fasterxml.jackson.databind.node.ObjectNode params = (com.fasterxml.jackson.databind.node.ObjectNode)
                draft.runs().get(0).parameters();
        params.set("fastq_pairs", TestData.testParameters(TestData.FASTQ_TO_BAM).get("fastq_pairs"));
        params.put("ratio", new java.math.BigDecimal("25.080"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettingsFileWriter.write(draft.runs(), out, Progress.NONE);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(4).first().isEqualTo("[");
        assertThat(text).contains("\"ratio\":25.080").endsWith("]\n");
        assertThat(Json.mapper().readTree(text).get(0).get("parameters").get("fastq_pairs")).hasSize(4);
    }

    @Test
    void putsRunsInAFileWhenAskedEvenForThreeRuns() throws Exception {
        StartRunBatchRequest request = RequestRenderer.request(TestData.somaticDraft(3), SettingsFileMode.ALWAYS,
                RequestRenderer.settingsObjectUri("s3://b/p"));
        assertThat(request.batchRunSettings().s3UriSettings()).isEqualTo("s3://b/p/run-settings.json");
        assertThat(model.check("StartRunBatchRequest", requestJson(request))).isEmpty();
    }

    @Test
    void givesEveryRenderAFreshRequestId() {
        BatchDraft draft = TestData.somaticDraft(3).withRequestId("from-the-draft");
        String first = RequestRenderer.request(draft, SettingsFileMode.AUTO, null).requestId();
        String second = RequestRenderer.request(draft, SettingsFileMode.AUTO, null).requestId();
        assertThat(first).isNotEqualTo(second).isNotEqualTo("from-the-draft");
    }

    @Test
    void leavesAppDataAndUnknownMembersOutOfTheRequest() throws Exception {
        BatchDraft draft = Json.mapper().readValue("""
                {"batchName":"b","comment":"mine","defaultRunSetting":{"workflowId":"1","roleArn":"arn:aws:iam::1:role/r",
                 "outputUri":"s3://b/o/","gpus":4},
                 "batchRunSettings":{"inlineSettings":[{"runSettingId":"r1","lane":2,"parameters":{"x":null}}]},
                 "omicsBatchLauncher":{"settingsUri":"s3://b/p/"}}""", BatchDraft.class);
        assertThat(draft.app()).isNotEqualTo(DraftAppData.EMPTY);
        JsonNode json = requestJson(RequestRenderer.request(draft, SettingsFileMode.AUTO, null));
        assertThat(model.check("StartRunBatchRequest", json)).isEmpty();
        assertThat(json.toString()).doesNotContain("omicsBatchLauncher").doesNotContain("comment")
                .doesNotContain("gpus").doesNotContain("lane").contains("\"x\":null");
    }

    @Test
    void needsASettingsUriForMoreThan100Runs() {
        assertThatThrownBy(() -> RequestRenderer.request(TestData.somaticDraft(101), SettingsFileMode.AUTO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("settings URI");
        assertThatThrownBy(() -> RequestRenderer.settingsObjectUri("https://bucket/x"))
                .hasMessageContaining("s3://bucket/prefix/");
    }

    @Test
    void keepsAnExistingS3SettingsFileAsGiven() throws Exception {
        BatchDraft draft = new BatchDraft("b", null, null, TestData.somaticDefaults(),
                org.omicsbatch.model.BatchRunSettings.s3Uri("s3://b/existing.json"), null, null);
        JsonNode json = requestJson(RequestRenderer.request(draft, SettingsFileMode.ALWAYS, "s3://other/x.json"));
        assertThat(json.get("batchRunSettings").get("s3UriSettings").asText()).isEqualTo("s3://b/existing.json");
    }
}
