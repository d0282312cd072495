package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Json;

class OmicsWireTest {
    private static SandboxServer server;
    private static SignedHttp http;

    private static final String DEFAULTS = "{\"workflowId\":\"9000002\",\"roleArn\":\"" + SandboxFixtures.ROLE
            + "\",\"outputUri\":\"s3://out/fastqc/\",\"parameters\":{\"fasta\":\"s3://r/g.fa\","
            + "\"ecr_registry\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com\"}}";

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSpeed(200).withStartRate(1000));
        http = new SignedHttp(server.endpoint());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String batchBody(String requestId, String inline) {
        return "{\"requestId\":\"" + requestId + "\",\"batchName\":\"wire\",\"defaultRunSetting\":" + DEFAULTS
                + ",\"batchRunSettings\":{\"inlineSettings\":" + inline + "}}";
    }

    @Test
    void anUnsignedRequestIsRefusedWith403() throws Exception {
        HttpResponse<String> r = http.send(null, "GET", "/workflow", null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        HttpResponse<String> malformed = http.send(null, "GET", "/workflow", null, "Authorization", "Bearer abc");
        assertThat(malformed.statusCode()).isEqualTo(403);
        assertThat(malformed.headers().firstValue("x-amzn-ErrorType")).hasValue("IncompleteSignatureException");
    }

    @Test
    void startRunBatchAnswers201AndTheBatchIsFollowedToProcessed() throws Exception {
        HttpResponse<String> created = http.omics("POST", "/runBatch",
                batchBody("wire-1", "[{\"runSettingId\":\"a\",\"parameters\":{\"input\":\"s3://r/a.csv\"}}]"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode reply = Json.mapper().readTree(created.body());
        assertThat(reply.path("status").asText()).isEqualTo("CREATING");
        String id = reply.path("id").asText();

        JsonNode batch = waitFor(http, id, "PROCESSED");
        assertThat(batch.path("runSummary").path("completedRunCount").asInt()).isEqualTo(1);
        assertThat(Instant.parse(batch.path("processedTime").asText())).isAfter(Instant.parse(batch.path("creationTime").asText()));

        JsonNode runs = Json.mapper().readTree(http.omics("GET", "/runBatch/" + id + "/run?maxItems=10", null).body());
        String runId = runs.path("runs").get(0).path("runId").asText();
        JsonNode run = Json.mapper().readTree(http.omics("GET", "/run/" + runId, null).body());
        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        JsonNode listed = Json.mapper().readTree(http.omics("GET", "/run?batchId=" + id, null).body());
        assertThat(listed.path("items")).hasSize(1);

        assertThat(http.omics("POST", "/runBatch/cancel", "{\"batchId\":\"" + id + "\"}").statusCode()).isEqualTo(409);
        assertThat(http.omics("POST", "/runBatch/delete", "{\"batchId\":\"" + id + "\"}").statusCode()).isEqualTo(202);
        waitFor(http, id, "RUNS_DELETED");
        assertThat(http.omics("DELETE", "/runBatch/" + id, null).statusCode()).isEqualTo(202);
        HttpResponse<String> gone = http.omics("GET", "/runBatch/" + id, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
    }

    @Test
    void concurrentRetriesWithOneRequestIdMakeOneBatch() throws Exception {
        String body = batchBody("wire-concurrent", "[{\"runSettingId\":\"a\",\"parameters\":{\"input\":\"s3://r/a.csv\"}}]");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(pool.submit(() -> Json.mapper().readTree(http.omics("POST", "/runBatch", body).body())
                        .path("id").asText()));
            }
            Set<String> distinct = new HashSet<>();
            for (var id : ids) {
                distinct.add(id.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1).doesNotContain("");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidInputIsAValidationExceptionInTheServicesErrorShape() throws Exception {
        HttpResponse<String> r = http.omics("POST", "/runBatch", batchBody("wire-bad", "[]"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
        assertThat(r.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(Json.mapper().readTree(r.body()).path("message").asText())
                .contains("batchRunSettings.inlineSettings", "greater than or equal to 1");

        HttpResponse<String> query = http.omics("GET", "/runBatch?maxItems=lots", null);
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("maxItems");
        HttpResponse<String> twoFilters = http.omics("GET", "/runBatch?status=PROCESSED&name=wire", null);
        assertThat(twoFilters.statusCode()).isEqualTo(400);
        assertThat(twoFilters.body()).contains("only one filter");
        HttpResponse<String> huge = http.omics("POST", "/runBatch", batchBody("wire-huge",
                "[{\"runSettingId\":\"a\",\"priority\":12345678901234567890}]"));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("batchRunSettings.inlineSettings.1.priority", "less than or equal to 100000");
        HttpResponse<String> badJson = http.omics("POST", "/runBatch", "{not json");
        assertThat(badJson.statusCode()).isEqualTo(400);
    }

    @Test
    void malformedRequestsAreRefusedAsTheClientsFaultNeverAsAServerError() throws Exception {
        String defaults = "\"defaultRunSetting\":" + DEFAULTS;
        String[] bodies = {"", "null", "[]", "42", "{\"requestId\":7}", "{\"requestId\":\"x\"," + defaults + "}",
            "{\"requestId\":\"x\"," + defaults + ",\"batchRunSettings\":{\"inlineSettings\":[null]}}",
            "{\"requestId\":\"x\"," + defaults + ",\"batchRunSettings\":{\"inlineSettings\":[{\"runSettingId\":\"a\","
                    + "\"runTags\":{\"k\":null}}]}}",
            "{\"requestId\":\"x\"," + defaults + ",\"batchRunSettings\":{\"inlineSettings\":\"all\"}}",
            "{\"requestId\":\"x\",\"defaultRunSetting\":{\"workflowId\":[1]},\"batchRunSettings\":{\"s3UriSettings\":3}}",
            "{\"requestId\":\"x\"," + defaults + ",\"batchRunSettings\":{\"s3UriSettings\":\"not-an-s3-uri\"}}",
            "{\"requestId\":\"x\"," + defaults.replace("9000002", "9".repeat(19)) + ",\"batchRunSettings\":{\"inlineSettings\":[{\"runSettingId\":\"a\"}]}}"};
        for (String body : bodies) {
            HttpResponse<String> r = http.omics("POST", "/runBatch", body);
            assertThat(r.statusCode()).as(body + " → " + r.body()).isBetween(400, 499);
            assertThat(Json.mapper().readTree(r.body()).path("message").asText()).as(body).isNotBlank();
        }
        for (String path : new String[] {"/runBatch/abc", "/runBatch/1/run?maxItems=0", "/run/x", "/run?status=DONE",
            "/workflow?maxResults=1000", "/runBatch?startingToken=bm90LWEtdG9rZW4"}) {
            assertThat(http.omics("GET", path, null).statusCode()).as(path).isBetween(400, 499);
        }
        assertThat(rawStatusLine("GET /runBatch?name=%zz HTTP/1.1")).contains(" 400 ");
    }

    /** A request the JDK client refuses to send (a malformed escape), written on a socket. */
    private static String rawStatusLine(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            String request = requestLine + "\r\nHost: " + server.endpoint().getAuthority() + "\r\nAuthorization: "
                    + SignedHttp.authorization("omics") + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void catalogOperationsAnswerWithTheSeededResources() throws Exception {
        JsonNode workflow = Json.mapper().readTree(http.omics("GET", "/workflow/" + Catalog.RNASEQ_ID, null).body());
        assertThat(workflow.path("parameterTemplate").path("input").path("optional").asBoolean()).isFalse();
        JsonNode versions = Json.mapper().readTree(http.omics("GET", "/workflow/9000001/version", null).body());
        assertThat(versions.path("items")).hasSize(2);
        assertThat(http.omics("GET", "/workflow/9000001/version/3.14.0", null).statusCode()).isEqualTo(200);
        JsonNode ready = Json.mapper().readTree(http.omics("GET", "/workflow?type=READY2RUN", null).body());
        assertThat(ready.path("items").get(0).path("id").asText()).isEqualTo(Catalog.READY2RUN_ID);
        assertThat(Json.mapper().readTree(http.omics("GET", "/runGroup", null).body()).path("items")).hasSize(1);
        assertThat(Json.mapper().readTree(http.omics("GET", "/runCache", null).body()).path("items")).hasSize(1);
        assertThat(http.omics("GET", "/workflow/123", null).statusCode()).isEqualTo(404);
        assertThat(http.omics("GET", "/workflow/" + Catalog.RNASEQ_ID + "?type=READY2RUN", null).statusCode()).isEqualTo(404);
        assertThat(http.omics("GET", "/workflow/" + Catalog.READY2RUN_ID + "?type=READY2RUN", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void stsTellsTheSandboxAccount() throws Exception {
        HttpResponse<String> r = http.send("sts", "POST", "/", "Action=GetCallerIdentity&Version=2011-06-15",
                "Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<Account>123456789012</Account>");
    }

    @Test
    void injectedFaultsUseTheServicesErrors() throws Exception {
        try (SandboxServer throttled = SandboxServer.start(SandboxOptions.defaults().withThrottleRate(1));
                SandboxServer failing = SandboxServer.start(SandboxOptions.defaults().withFailRate(1))) {
            HttpResponse<String> t = new SignedHttp(throttled.endpoint()).omics("GET", "/runBatch", null);
            assertThat(t.statusCode()).isEqualTo(429);
            assertThat(t.headers().firstValue("x-amzn-ErrorType")).hasValue("ThrottlingException");
            HttpResponse<String> f = new SignedHttp(failing.endpoint()).omics("GET", "/runBatch", null);
            assertThat(f.statusCode()).isEqualTo(500);
            assertThat(f.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerException");
        }
    }

    static JsonNode waitFor(SignedHttp http, String id, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode batch;
        do {
            batch = Json.mapper().readTree(http.omics("GET", "/runBatch/" + id, null).body());
            if (batch.path("status").asText().equals(status)) {
                return batch;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("batch " + id + " did not reach " + status + ": " + batch);
    }
}
