package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Json;

/**
 * Every reply of the sandbox, read back against the service model's output shapes: no member the
 * service does not have, and every constraint the model puts on the values (enums, patterns,
 * lengths) met. A client generated from the model must not meet anything it cannot read.
 */
class RepliesMatchTheModelTest {
    private static final ServiceModel MODEL = ServiceModel.get();
    private static SandboxServer server;
    private static SignedHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSpeed(200).withStartRate(1000).withRunFailureRate(0.5));
        http = new SignedHttp(server.endpoint());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode call(String operation, String method, String path, String body) throws Exception {
        HttpResponse<String> r = http.omics(method, path, body);
        int expected = MODEL.operation(operation).path("http").path("responseCode").asInt(200);
        assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isEqualTo(expected);
        JsonNode reply = Json.mapper().readTree(r.body());
        String shape = MODEL.operation(operation).path("output").path("shape").asText(null);
        if (shape != null) {
            List<String> problems = new ArrayList<>(MODEL.violations(shape, reply));
            unknownMembers(shape, reply, operation, problems);
            assertThat(problems).as("%s reply", operation).isEmpty();
        }
        return reply;
    }

    private static void unknownMembers(String shapeName, JsonNode value, String path, List<String> problems) {
        JsonNode shape = MODEL.shape(shapeName);
        if (shape.path("document").asBoolean(false) || value == null || value.isNull()) {
            return;
        }
        switch (shape.path("type").asText()) {
            case "structure" -> value.fields().forEachRemaining(f -> {
                JsonNode member = shape.path("members").path(f.getKey());
                if (member.isMissingNode()) {
                    problems.add(path + "." + f.getKey() + " is not a member of " + shapeName);
                } else {
                    unknownMembers(member.path("shape").asText(), f.getValue(), path + "." + f.getKey(), problems);
                }
            });
            case "list" -> value.forEach(v -> unknownMembers(shape.path("member").path("shape").asText(), v, path + "[]",
                    problems));
            case "map" -> value.fields().forEachRemaining(f -> unknownMembers(shape.path("value").path("shape").asText(),
                    f.getValue(), path + "." + f.getKey(), problems));
            default -> {
                if (value.isContainerNode()) {
                    problems.add(path + " should be a " + shape.path("type").asText());
                }
            }
        }
    }

    @Test
    void batchRunAndCatalogRepliesHaveExactlyTheModelsShapes() throws Exception {
        String id = call("StartRunBatch", "POST", "/runBatch", OmicsWireTest.batchBody("conform",
                "[{\"runSettingId\":\"a\",\"parameters\":{\"input\":\"s3://r/a.csv\"}},{\"runSettingId\":\"b\","
                        + "\"parameters\":{\"input\":\"s3://r/b.csv\"}},{\"runSettingId\":\"no-input\"}]")).path("id").asText();
        OmicsWireTest.waitFor(http, id, "PROCESSED");
        call("GetBatch", "GET", "/runBatch/" + id, null);
        call("ListBatch", "GET", "/runBatch", null);
        JsonNode runs = call("ListRunsInBatch", "GET", "/runBatch/" + id + "/run", null).path("runs");
        call("ListRuns", "GET", "/run?batchId=" + id, null);
        for (JsonNode run : runs) {
            if (run.hasNonNull("runId")) {
                call("GetRun", "GET", "/run/" + run.path("runId").asText(), null);
            }
        }
        call("ListWorkflows", "GET", "/workflow", null);
        call("GetWorkflow", "GET", "/workflow/" + Catalog.RNASEQ_ID, null);
        call("ListWorkflowVersions", "GET", "/workflow/" + Catalog.RNASEQ_ID + "/version", null);
        call("GetWorkflowVersion", "GET", "/workflow/" + Catalog.RNASEQ_ID + "/version/3.14.0", null);
        call("ListRunGroups", "GET", "/runGroup", null);
        call("GetRunGroup", "GET", "/runGroup/" + Catalog.RUN_GROUP_ID, null);
        call("ListRunCaches", "GET", "/runCache", null);
        call("GetRunCache", "GET", "/runCache/" + Catalog.RUN_CACHE_ID, null);
        call("DeleteRunBatch", "POST", "/runBatch/delete", "{\"batchId\":\"" + id + "\"}");
        OmicsWireTest.waitFor(http, id, "RUNS_DELETED");
        call("GetBatch", "GET", "/runBatch/" + id, null);
        call("DeleteBatch", "DELETE", "/runBatch/" + id, null);
    }

    @Test
    void cancelledAndFailedBatchesToo() throws Exception {
        SignedHttp fast = http;
        // slower sandboxes, so that a cancel lands while runs are active and a file changes before it is read
        try (SandboxServer slower = SandboxServer.start(SandboxOptions.defaults().withSpeed(10));
                SandboxServer nominal = SandboxServer.start(SandboxOptions.defaults())) {
            http = new SignedHttp(slower.endpoint());
            String id = call("StartRunBatch", "POST", "/runBatch", OmicsWireTest.batchBody("conform-cancel",
                    "[{\"runSettingId\":\"a\",\"parameters\":{\"input\":\"s3://r/a.csv\"}}]")).path("id").asText();
            OmicsWireTest.waitFor(http, id, "INPROGRESS");
            call("CancelRunBatch", "POST", "/runBatch/cancel", "{\"batchId\":\"" + id + "\"}");
            OmicsWireTest.waitFor(http, id, "CANCELLED");
            call("GetBatch", "GET", "/runBatch/" + id, null);
            call("ListRunsInBatch", "GET", "/runBatch/" + id + "/run", null);

            http = new SignedHttp(nominal.endpoint());
            String body = OmicsWireTest.batchBody("conform-fail", "[]").replace("{\"inlineSettings\":[]}",
                    "{\"s3UriSettings\":\"s3://conform/settings.json\"}");
            http.send("s3", "PUT", "/conform/settings.json", "[{\"runSettingId\":\"a\"}]");
            String failing = call("StartRunBatch", "POST", "/runBatch", body).path("id").asText();
            http.send("s3", "PUT", "/conform/settings.json", "[{\"runSettingId\":\"changed\"}]");
            JsonNode failed = OmicsWireTest.waitFor(http, failing, "FAILED");
            assertThat(failed.path("failureReason").asText()).contains("modified");
            call("GetBatch", "GET", "/runBatch/" + failing, null);
        } finally {
            http = fast;
        }
    }
}
