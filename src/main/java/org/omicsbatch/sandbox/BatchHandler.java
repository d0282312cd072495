package org.omicsbatch.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.SubmissionStatus;

/** The seven batch operations on the wire: translate the bound input, call the backend, render the reply. */
final class BatchHandler {
    private final SandboxBackend backend;

    BatchHandler(SandboxBackend backend) {
        this.backend = backend;
    }

    void registerOn(OmicsRouter router) {
        router.register("StartRunBatch", in -> tree(backend.startRunBatch(read(in, StartRunBatchRequest.class))));
        router.register("GetBatch", in -> tree(backend.getBatch(text(in, "batchId"))));
        router.register("ListBatch", in -> tree(backend.listBatch(new ListBatchRequest(integer(in, "maxItems"),
                text(in, "startingToken"), in.has("status") ? BatchStatus.fromValue(text(in, "status")) : null,
                text(in, "name"), text(in, "runGroupId")))));
        router.register("ListRunsInBatch", in -> tree(backend.listRunsInBatch(new ListRunsInBatchRequest(
                text(in, "batchId"), integer(in, "maxItems"), text(in, "startingToken"),
                in.has("submissionStatus") ? SubmissionStatus.fromValue(text(in, "submissionStatus")) : null,
                text(in, "runSettingId"), text(in, "runId")))));
        router.register("CancelRunBatch", in -> {
            backend.cancelRunBatch(text(in, "batchId"));
            return null;
        });
        router.register("DeleteRunBatch", in -> {
            backend.deleteRunBatch(text(in, "batchId"));
            return null;
        });
        router.register("DeleteBatch", in -> {
            backend.deleteBatch(text(in, "batchId"));
            return null;
        });
    }

    static JsonNode tree(Object value) {
        return Json.mapper().valueToTree(value);
    }

    static <T> T read(ObjectNode in, Class<T> type) {
        try {
            return Json.mapper().treeToValue(in, type);
        } catch (JsonProcessingException e) {
            throw new SandboxException("SerializationException", 400, "Request cannot be read: " + e.getOriginalMessage());
        }
    }

    static String text(ObjectNode in, String name) {
        JsonNode v = in.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Integer integer(ObjectNode in, String name) {
        JsonNode v = in.get(name);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
