package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.omicsbatch.model.RunStatus;

/** One workflow run as the backend keeps it (mutable, guarded by the backend's lock). */
final class RunState {
    public String id;
    public String arn;
    public String uuid;
    public String batchId;
    public String name;
    public RunStatus status;
    public Instant statusSince;
    public String workflowId;
    public String workflowType;
    public String workflowVersionName;
    public String workflowUuid;
    public String roleArn;
    public String runGroupId;
    public Integer priority;
    public JsonNode parameters;
    public Integer storageCapacity;
    public String storageType;
    public String outputUri;
    public String logLevel;
    public String retentionMode;
    public String cacheId;
    public String cacheBehavior;
    public String networkingMode;
    public Map<String, String> tags;
    public Instant creationTime;
    public Instant startTime;
    public Instant stopTime;
    public String failureReason;
    public String statusMessage;
    /** Set by a cancel: the run goes to STOPPING and ends CANCELLED instead of its normal outcome. */
    public boolean cancelRequested;

    RunState() {
    }

    void enter(RunStatus next, Instant at) {
        status = next;
        statusSince = at;
    }
}
