package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.RunSummary;
import org.omicsbatch.model.SubmissionSummary;

/** The reply shapes of GetBatch and GetRun made from the backend's state. */
final class BatchViews {
    private BatchViews() {
    }

    static Batch batch(BatchState b, Map<String, RunState> runs) {
        return new Batch(b.id, b.arn, b.uuid, b.name, b.status, b.tags, b.entriesKnown ? b.entries.size() : null,
                b.defaultRunSetting, submissionSummary(b), runSummary(b, runs), b.creationTime, b.submittedTime,
                b.processedTime, b.failedTime, b.failureReason);
    }

    static SubmissionSummary submissionSummary(BatchState b) {
        int ok = 0;
        int failed = 0;
        int pending = 0;
        int cancelOk = 0;
        int cancelFailed = 0;
        int deleteOk = 0;
        int deleteFailed = 0;
        for (RunEntry e : b.entries) {
            switch (e.phase) {
                case STARTED -> ok++;
                case START_FAILED -> failed++;
                case QUEUED -> pending++;
                default -> {
                    // NOT_STARTED: prevented from starting by a cancel, counted among the cancels
                }
            }
            if (e.cancelSucceeded != null) {
                if (e.cancelSucceeded) {
                    cancelOk++;
                } else {
                    cancelFailed++;
                }
            }
            if (e.deleteSucceeded != null) {
                if (e.deleteSucceeded) {
                    deleteOk++;
                } else {
                    deleteFailed++;
                }
            }
        }
        return new SubmissionSummary(ok, failed, pending, cancelOk, cancelFailed, deleteOk, deleteFailed);
    }

    /** Exact at every moment (the service allows these counts to lag; being exact is within that promise). */
    static RunSummary runSummary(BatchState b, Map<String, RunState> runs) {
        int[] n = new int[RunStatus.values().length];
        for (RunEntry e : b.entries) {
            if (e.runId != null) {
                n[runs.get(e.runId).status.ordinal()]++;
            }
        }
        return new RunSummary(n[RunStatus.PENDING.ordinal()], n[RunStatus.STARTING.ordinal()],
                n[RunStatus.RUNNING.ordinal()], n[RunStatus.STOPPING.ordinal()], n[RunStatus.COMPLETED.ordinal()],
                n[RunStatus.DELETED.ordinal()], n[RunStatus.FAILED.ordinal()], n[RunStatus.CANCELLED.ordinal()]);
    }

    /**
     * GetRunResponse. {@code runOutputUri} is where this run's outputs go: the output URI followed by
     * the run id, as the service lays them out; the log streams are named after the run id.
     */
    static ObjectNode run(RunState r) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("arn", r.arn).put("id", r.id).put("uuid", r.uuid).put("status", r.status.value())
                .put("workflowId", r.workflowId).put("workflowType", r.workflowType)
                .put("workflowUuid", r.workflowUuid).put("roleArn", r.roleArn).put("batchId", r.batchId)
                .put("digest", Catalog.digest(r.workflowId + (r.workflowVersionName == null ? "" : r.workflowVersionName)))
                .put("startedBy", "arn:aws:iam::" + SandboxOptions.ACCOUNT_ID + ":user/sandbox");
        putIfSet(n, "name", r.name);
        putIfSet(n, "runGroupId", r.runGroupId);
        putIfSet(n, "workflowVersionName", r.workflowVersionName);
        if (r.priority != null) {
            n.put("priority", r.priority);
        }
        if (r.parameters != null) {
            n.set("parameters", r.parameters.deepCopy());
        }
        if (r.storageCapacity != null) {
            n.put("storageCapacity", r.storageCapacity);
        }
        putIfSet(n, "storageType", r.storageType);
        putIfSet(n, "outputUri", r.outputUri);
        if (r.outputUri != null) {
            n.put("runOutputUri", r.outputUri.replaceAll("/+$", "") + "/" + r.id);
        }
        putIfSet(n, "logLevel", r.logLevel);
        putIfSet(n, "retentionMode", r.retentionMode);
        putIfSet(n, "cacheId", r.cacheId);
        putIfSet(n, "cacheBehavior", r.cacheBehavior);
        putIfSet(n, "networkingMode", r.networkingMode);
        putTime(n, "creationTime", r.creationTime);
        putTime(n, "startTime", r.startTime);
        putTime(n, "stopTime", r.stopTime);
        putIfSet(n, "statusMessage", r.statusMessage);
        putIfSet(n, "failureReason", r.failureReason);
        n.putObject("logLocation").put("engineLogStream", "run/" + r.id + "/engine").put("runLogStream", "run/" + r.id);
        n.set("tags", Json.mapper().valueToTree(r.tags == null ? Map.of() : r.tags));
        return n;
    }

    private static void putIfSet(ObjectNode n, String name, String value) {
        if (value != null) {
            n.put(name, value);
        }
    }

    private static void putTime(ObjectNode n, String name, Instant value) {
        if (value != null) {
            n.put(name, value.toString());
        }
    }
}
