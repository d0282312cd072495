package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.SubmissionStatus;

class RestJsonBatchClientTest {
    private ScriptedEndpoint endpoint;
    private AwsSession session;
    private BatchApi api;

    @BeforeEach
    void start() throws Exception {
        endpoint = new ScriptedEndpoint();
        session = AwsSession.open(ConnectionSettings.sandbox(endpoint.uri()), TestRetries.fast());
        api = session.batches();
    }

    @AfterEach
    void stop() {
        session.close();
        endpoint.close();
    }

    @Test
    void startRunBatchPostsTheRequestToRunBatchSignedForOmicsWithoutHostPrefix() throws Exception {
        endpoint.then(201, "{\"id\":\"1234567\",\"arn\":\"arn:aws:omics:us-east-1:123456789012:runBatch/1234567\","
                + "\"status\":\"CREATING\",\"uuid\":\"u-1\",\"tags\":{\"k\":\"v\"}}");
        StartRunBatchRequest request = new StartRunBatchRequest("rna", "req-1", Map.of("k", "v"),
                DefaultRunSetting.builder().workflowId("9876543").roleArn("arn:aws:iam::123456789012:role/r").build(),
                BatchRunSettings.inline(List.of(InlineSetting.builder().runSettingId("s1").build())));

        var reply = api.startRunBatch(request);

        assertThat(reply.id()).isEqualTo("1234567");
        assertThat(reply.status()).isEqualTo(BatchStatus.CREATING);
        ScriptedEndpoint.Seen sent = endpoint.seen.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/runBatch");
        assertThat(sent.header("Host")).isEqualTo("127.0.0.1:" + endpoint.uri().getPort());
        assertThat(sent.header("Authorization")).contains("/us-east-1/omics/aws4_request");
        JsonNode body = Json.mapper().readTree(sent.body());
        assertThat(body.path("requestId").asText()).isEqualTo("req-1");
        assertThat(body.path("batchRunSettings").path("inlineSettings").get(0).path("runSettingId").asText())
                .isEqualTo("s1");
    }

    @Test
    void usesTheMethodsPathsAndQueryNamesOfTheServiceModel() {
        endpoint.then(200, "{\"id\":\"42\",\"status\":\"INPROGRESS\",\"creationTime\":\"2026-11-26T09:00:00Z\"}")
                .then(200, "{\"items\":[],\"nextToken\":\"t2\"}")
                .then(200, "{\"runs\":[{\"runSettingId\":\"s1\",\"runId\":\"7\",\"submissionStatus\":\"SUCCESS\"}]}")
                .then(200, "{\"items\":[{\"id\":\"7\",\"status\":\"RUNNING\",\"batchId\":\"42\"}]}")
                .then(202, "{}").then(202, "{}").then(202, null)
                .then(200, "{\"id\":\"7\",\"status\":\"COMPLETED\"}");

        assertThat(api.getBatch("42").creationTime()).isNotNull();
        assertThat(api.listBatch(new ListBatchRequest(100, "t1", BatchStatus.FAILED, null, null)).nextToken())
                .isEqualTo("t2");
        assertThat(api.listRunsInBatch(new ListRunsInBatchRequest("42", 100, null, SubmissionStatus.FAILED, null, null))
                .runs()).extracting(r -> r.runId()).containsExactly("7");
        assertThat(api.listRuns(new ListRunsRequest("42", RunStatus.RUNNING, null, null, 100, null)).items())
                .hasSize(1);
        api.cancelRunBatch("42");
        api.deleteRunBatch("42");
        api.deleteBatch("42");
        assertThat(api.getRun("7").status()).isEqualTo(RunStatus.COMPLETED);

        assertThat(endpoint.seen).extracting(s -> s.method() + " " + s.path() + (s.query() == null ? "" : "?" + s.query()))
                .containsExactly(
                        "GET /runBatch/42",
                        "GET /runBatch?maxItems=100&startingToken=t1&status=FAILED",
                        "GET /runBatch/42/run?maxItems=100&submissionStatus=FAILED",
                        "GET /run?batchId=42&maxResults=100&status=RUNNING",
                        "POST /runBatch/cancel",
                        "POST /runBatch/delete",
                        "DELETE /runBatch/42",
                        "GET /run/7");
        assertThat(endpoint.seen.get(4).body()).isEqualTo("{\"batchId\":\"42\"}");
    }

    @Test
    void typesAnAccessDeniedReplyWithRequestIdAndNamesTheMissingPermission() {
        endpoint.then(403, "{\"message\":\"User: arn:aws:sts::123456789012:assumed-role/r/me is not authorized to "
                + "perform: omics:StartRunBatch on resource: arn:aws:omics:us-east-1:123456789012:runBatch/*\"}",
                "x-amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.omics/",
                "x-amzn-RequestId", "rid-403");

        assertThatThrownBy(() -> api.getBatch("1"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.requestId()).isEqualTo("rid-403");
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.operation()).isEqualTo("GetBatch");
                    assertThat(e.advice()).contains("omics:StartRunBatch");
                });
        assertThat(endpoint.seen).hasSize(1);
    }

    @Test
    void typesAnErrorByItsStatusWhenTheReplyNamesNoCode() {
        endpoint.then(409, "{\"message\":\"Only one cancel or delete operation per batch is allowed at a time\"}");

        assertThatThrownBy(() -> api.cancelRunBatch("1")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.advice()).contains("refresh its status"));
    }

    @Test
    void retriesThrottlingAndServerErrorsThenSucceeds() {
        endpoint.then(429, "{\"message\":\"Rate exceeded\"}", "x-amzn-ErrorType", "ThrottlingException")
                .then(503, "{\"message\":\"unavailable\"}")
                .then(500, "{\"message\":\"boom\"}", "x-amzn-ErrorType", "InternalServerException")
                .then(200, "{\"id\":\"5\",\"status\":\"PENDING\"}");

        assertThat(api.getBatch("5").status()).isEqualTo(BatchStatus.PENDING);
        assertThat(endpoint.seen).hasSize(4);
    }

    @Test
    void doesNotRetryAValidationError() {
        endpoint.then(400, "{\"message\":\"1 validation error detected\"}", "x-amzn-ErrorType", "ValidationException");

        assertThatThrownBy(() -> api.getBatch("5")).isInstanceOf(ValidationException.class);
        assertThat(endpoint.seen).hasSize(1);
    }

    @Test
    void givesUpWhenThrottlingLastsLongerThanTheRetryBudget() {
        for (int i = 0; i < 10; i++) {
            endpoint.then(429, "{\"message\":\"slow down\"}", "x-amzn-ErrorType", "ThrottlingException");
        }

        assertThatThrownBy(() -> api.getBatch("5")).isInstanceOfSatisfying(ThrottlingException.class,
                e -> assertThat(e.advice()).contains("wait a minute"));
        assertThat(endpoint.seen).hasSize(6);
    }

    @Test
    void usesTheServicesWorkflowsEndpointWhenNotOverridden() {
        ClientParts parts = ClientParts.create(new ConnectionSettings(null, "eu-central-1", null, null),
                TestRetries.fast());
        try {
            assertThat(parts.omicsEndpoint()).hasToString("https://workflows-omics.eu-central-1.amazonaws.com");
        } finally {
            parts.http().close();
        }
    }
}
