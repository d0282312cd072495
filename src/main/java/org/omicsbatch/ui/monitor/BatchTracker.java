package org.omicsbatch.ui.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.ListRunsResponse;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.task.Progress;

/**
 * Follows one batch: GetBatch on every poll, and the runs (ListRunsInBatch joined with
 * ListRuns(batchId), GetRun for the reasons of failed runs) only when the counters or the status
 * moved. Not thread-safe: one poller thread owns it.
 */
public final class BatchTracker {
    private final BatchApi api;
    private final String batchId;
    private final Map<String, String> outputUriBySettingId;
    private final Map<String, Run> failedRunDetails = new HashMap<>();
    private final java.time.Clock clock;
    private Object lastKey;
    private String lastStatus;
    private java.time.Instant lastListed = java.time.Instant.MIN;
    private int lastRowCount;

    /** @param outputUriBySettingId per-run output overrides from the draft, when this machine has it */
    public BatchTracker(BatchApi api, String batchId, Map<String, String> outputUriBySettingId) {
        this(api, batchId, outputUriBySettingId, java.time.Clock.systemUTC());
    }

    BatchTracker(BatchApi api, String batchId, Map<String, String> outputUriBySettingId, java.time.Clock clock) {
        this.clock = clock;
        this.api = api;
        this.batchId = batchId;
        this.outputUriBySettingId = outputUriBySettingId == null ? Map.of() : Map.copyOf(outputUriBySettingId);
    }

    public String batchId() {
        return batchId;
    }

    public MonitorSnapshot poll(Progress progress) {
        Batch batch = api.getBatch(batchId);
        Object key = List.of(String.valueOf(batch.status()), String.valueOf(batch.submissionSummary()),
                String.valueOf(batch.runSummary()));
        boolean statusMoved = !String.valueOf(batch.status()).equals(lastStatus);
        if (Objects.equals(key, lastKey) || !statusMoved && tooSoon()) {
            return new MonitorSnapshot(batch, null);
        }
        List<RunRow> rows = listRows(batch, progress);
        lastKey = key;
        lastStatus = String.valueOf(batch.status());
        lastListed = clock.instant();
        lastRowCount = rows.size();
        return new MonitorSnapshot(batch, rows);
    }

    /**
     * Listing costs two calls per 100 runs, so a big batch is re-listed less often (5 s per 1,000
     * runs, at most every 5 minutes) while its counters, from GetBatch, stay live. A status change
     * is always listed at once, so the final state is never late.
     */
    private boolean tooSoon() {
        long gapMillis = Math.min(300_000L, lastRowCount * 5L);
        return clock.instant().isBefore(lastListed.plusMillis(gapMillis));
    }

    /** Forgets what was seen, so that the next poll re-lists the runs (the user pressed Refresh). */
    public void invalidate() {
        lastKey = null;
        lastStatus = null;
    }

    private List<RunRow> listRows(Batch batch, Progress progress) {
        Map<String, RunListItem> runsById = new HashMap<>();
        String token = null;
        do {
            progress.checkCancelled();
            ListRunsResponse page = api.listRuns(ListRunsRequest.ofBatch(batchId).withStartingToken(token));
            page.items().forEach(r -> runsById.put(r.id(), r));
            token = page.nextToken();
        } while (token != null);
        Map<String, RunInBatch> submissions = new LinkedHashMap<>();
        token = null;
        do {
            progress.checkCancelled();
            ListRunsInBatchResponse page = api.listRunsInBatch(ListRunsInBatchRequest.of(batchId)
                    .withStartingToken(token));
            page.runs().forEach(r -> submissions.put(r.runSettingId(), r));
            token = page.nextToken();
        } while (token != null);
        List<RunRow> rows = new ArrayList<>(submissions.size());
        for (RunInBatch s : submissions.values()) {
            RunListItem run = s.runId() == null ? null : runsById.get(s.runId());
            rows.add(row(batch, s, run, progress));
        }
        return rows;
    }

    private RunRow row(Batch batch, RunInBatch s, RunListItem run, Progress progress) {
        RunStatus status = run == null ? null : run.status();
        Run details = null;
        if (status == RunStatus.FAILED) {
            progress.checkCancelled();
            details = failedRunDetails.computeIfAbsent(s.runId(), api::getRun);
        }
        String failure = s.submissionFailureReason() == null && s.submissionFailureMessage() == null ? null
                : join(s.submissionFailureReason(), s.submissionFailureMessage());
        return new RunRow(s.runSettingId(), s.runId(), s.submissionStatus(), failure, status,
                details == null ? null : details.failureReason(), outputLocation(batch, s, details));
    }

    /** HealthOmics writes a run's outputs under {@code <outputUri>/<runId>/}; GetRun says it exactly. */
    private String outputLocation(Batch batch, RunInBatch s, Run details) {
        if (details != null && details.runOutputUri() != null) {
            return details.runOutputUri();
        }
        if (s.runId() == null) {
            return null;
        }
        String base = outputUriBySettingId.getOrDefault(s.runSettingId(),
                batch.defaultRunSetting() == null ? null : batch.defaultRunSetting().outputUri());
        if (base == null) {
            return null;
        }
        return (base.endsWith("/") ? base : base + "/") + s.runId() + "/";
    }

    private static String join(String reason, String message) {
        if (reason == null) {
            return message;
        }
        return message == null ? reason : reason + ": " + message;
    }
}
