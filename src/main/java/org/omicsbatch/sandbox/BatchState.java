package org.omicsbatch.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.DefaultRunSetting;

/** One batch as the backend keeps it (mutable, guarded by the backend's lock; persisted as JSON). */
final class BatchState {
    public String id;
    public String arn;
    public String uuid;
    public String name;
    public String requestId;
    public Map<String, String> tags;
    public DefaultRunSetting defaultRunSetting;
    /** The settings file, and its ETag recorded at StartRunBatch; null for inline settings. */
    public String s3UriSettings;
    public String settingsETag;
    /** The run settings; for a settings file, empty until the file has been read. */
    public List<RunEntry> entries = new ArrayList<>();
    public boolean entriesKnown;
    public BatchStatus status;
    /** When the batch entered its current status: every scheduled step counts from here. */
    public Instant statusSince;
    public Instant creationTime;
    public Instant submittedTime;
    public Instant processedTime;
    public Instant failedTime;
    public String failureReason;
    /** How many entries of the SUBMITTING phase have had their turn at the StartRun quota. */
    public int submitted;

    BatchState() {
    }

    void enter(BatchStatus next, Instant at) {
        status = next;
        statusSince = at;
    }

    String workflowId() {
        return defaultRunSetting == null ? null : defaultRunSetting.workflowId();
    }
}
