package org.omicsbatch.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.ListRunsResponse;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The batch operations over REST-JSON, with the methods, paths and query names of the service model
 * ({@code omics-2022-11-28}). Signing, sending and retrying are {@link SignedJsonTransport}'s.
 */
public final class RestJsonBatchClient implements BatchApi {
    private final SignedJsonTransport transport;

    RestJsonBatchClient(SignedJsonTransport transport) {
        this.transport = transport;
    }

    @Override
    public StartRunBatchResponse startRunBatch(StartRunBatchRequest request) {
        return read("StartRunBatch", post("StartRunBatch", "/runBatch", request), StartRunBatchResponse.class);
    }

    @Override
    public Batch getBatch(String batchId) {
        return read("GetBatch", get("GetBatch", "/runBatch/" + label(batchId), Map.of()), Batch.class);
    }

    @Override
    public ListBatchResponse listBatch(ListBatchRequest r) {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "maxItems", r.maxItems());
        put(q, "startingToken", r.startingToken());
        put(q, "status", r.status() == null ? null : r.status().value());
        put(q, "name", r.name());
        put(q, "runGroupId", r.runGroupId());
        return read("ListBatch", get("ListBatch", "/runBatch", q), ListBatchResponse.class);
    }

    @Override
    public ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest r) {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "maxItems", r.maxItems());
        put(q, "startingToken", r.startingToken());
        put(q, "submissionStatus", r.submissionStatus() == null ? null : r.submissionStatus().value());
        put(q, "runSettingId", r.runSettingId());
        put(q, "runId", r.runId());
        return read("ListRunsInBatch", get("ListRunsInBatch", "/runBatch/" + label(r.batchId()) + "/run", q),
                ListRunsInBatchResponse.class);
    }

    @Override
    public void cancelRunBatch(String batchId) {
        post("CancelRunBatch", "/runBatch/cancel", Map.of("batchId", batchId));
    }

    @Override
    public void deleteRunBatch(String batchId) {
        post("DeleteRunBatch", "/runBatch/delete", Map.of("batchId", batchId));
    }

    @Override
    public void deleteBatch(String batchId) {
        transport.call("DeleteBatch", SdkHttpMethod.DELETE, "/runBatch/" + label(batchId), Map.of(), null);
    }

    @Override
    public ListRunsResponse listRuns(ListRunsRequest r) {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "name", r.name());
        put(q, "runGroupId", r.runGroupId());
        put(q, "batchId", r.batchId());
        put(q, "startingToken", r.startingToken());
        put(q, "maxResults", r.maxResults());
        put(q, "status", r.status() == null ? null : r.status().value());
        return read("ListRuns", get("ListRuns", "/run", q), ListRunsResponse.class);
    }

    @Override
    public Run getRun(String runId) {
        return read("GetRun", get("GetRun", "/run/" + label(runId), Map.of()), Run.class);
    }

    private SignedJsonTransport.Reply get(String operation, String path, Map<String, String> query) {
        return transport.call(operation, SdkHttpMethod.GET, path, query, null);
    }

    private SignedJsonTransport.Reply post(String operation, String path, Object body) {
        try {
            byte[] json = Json.mapper().writeValueAsBytes(body);
            return transport.call(operation, SdkHttpMethod.POST, path, Map.of(), json);
        } catch (JsonProcessingException e) {
            throw SdkClientException.create(operation + ": cannot write the request: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String operation, SignedJsonTransport.Reply reply, Class<T> type) {
        try {
            return Json.mapper().readValue(reply.body().length == 0 ? "{}".getBytes() : reply.body(), type);
        } catch (IOException e) {
            throw SdkClientException.create(operation + ": the service's reply is not the expected JSON: "
                    + e.getMessage(), e);
        }
    }

    /** A path label: ids are digits today, but a user-typed id must never change the path. */
    private static String label(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an id is required");
        }
        return SdkHttpUtils.urlEncode(value);
    }

    private static void put(Map<String, String> query, String name, Object value) {
        if (value != null) {
            query.put(name, value.toString());
        }
    }
}
