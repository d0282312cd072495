package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.ListRunsResponse;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.model.SubmissionStatus;

/**
 * The sandbox's HealthOmics: batches, runs, the catalog and the S3 store, with the service's rules
 * and no HTTP. Tests drive it directly; a {@link ManualClock} makes its lifecycle exact and instant
 * ({@link #advance(Duration)}). Every public method first brings the simulation up to the clock.
 */
public final class SandboxBackend {
    private final SandboxOptions options;
    private final Clock clock;
    private final ServiceModel model = ServiceModel.get();
    private final Catalog catalog;
    private final S3Store s3;
    private final Map<String, BatchState> batches = new TreeMap<>();
    private final TreeMap<String, RunState> runs = new TreeMap<>();
    private final Map<String, String> batchByRequestId = new HashMap<>();
    private final Lifecycle lifecycle;
    private final BatchSetup setup;
    private long nextId = 1_000_001;
    private volatile boolean dirty;

    public SandboxBackend(SandboxOptions options, Clock clock, S3Store s3) {
        this.options = Objects.requireNonNull(options);
        this.clock = Objects.requireNonNull(clock);
        this.s3 = Objects.requireNonNull(s3);
        this.catalog = Catalog.seeded(options);
        this.setup = new BatchSetup(options, catalog, s3, model);
        this.lifecycle = new Lifecycle(options, runs, this::startRun, setup);
    }

    /** A backend on the wall clock with its own S3 store. */
    public static SandboxBackend create(SandboxOptions options) {
        return new SandboxBackend(options, Clock.systemUTC(), new S3Store(options.strictBuckets()));
    }

    public SandboxOptions options() {
        return options;
    }

    public Catalog catalog() {
        return catalog;
    }

    public S3Store s3() {
        return s3;
    }

    /** The clock's time to the millisecond, the precision of the service's timestamps. */
    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Brings every batch and run up to the clock. */
    public synchronized void tick() {
        Instant now = now();
        for (BatchState b : batches.values()) {
            BatchStatus before = b.status;
            lifecycle.advance(b, now);
            dirty |= before != b.status;
        }
    }

    /** Moves a {@link ManualClock} forward and ticks; for tests. */
    public void advance(Duration d) {
        if (!(clock instanceof ManualClock manual)) {
            throw new IllegalStateException("advance needs a backend built on a ManualClock");
        }
        manual.advance(d);
        tick();
    }

    /** StartRunBatch: synchronous checks, then a CREATING batch; the same requestId gives the same batch. */
    public synchronized StartRunBatchResponse startRunBatch(StartRunBatchRequest request) {
        tick();
        model.validate("StartRunBatchRequest", Json.mapper().valueToTree(request));
        String existing = batchByRequestId.get(request.requestId());
        if (existing != null && batches.containsKey(existing)) {
            return response(batches.get(existing));
        }
        BatchState b = setup.create(request, nextId(), now());
        batches.put(b.id, b);
        batchByRequestId.put(request.requestId(), b.id);
        dirty = true;
        return response(b);
    }

    private static StartRunBatchResponse response(BatchState b) {
        return new StartRunBatchResponse(b.id, b.arn, b.status, b.uuid, b.tags);
    }

    public synchronized Batch getBatch(String batchId) {
        tick();
        return BatchViews.batch(batch(batchId), runs);
    }

    public synchronized ListBatchResponse listBatch(ListBatchRequest request) {
        tick();
        model.validate("ListBatchRequest", Json.mapper().valueToTree(request));
        onlyOneFilter("ListBatch", request.status(), request.name(), request.runGroupId());
        // the documentation gives no order: oldest first (by id), and name filters match whole names
        List<BatchState> matching = batches.values().stream()
                .filter(b -> request.status() == null || b.status == request.status())
                .filter(b -> request.name() == null || request.name().equals(b.name))
                .filter(b -> request.runGroupId() == null
                        || request.runGroupId().equals(b.defaultRunSetting.runGroupId()))
                .toList();
        Pages.Page<BatchState> page = Pages.page(matching, b -> b.id, request.maxItems(), 100, request.startingToken());
        List<BatchListItem> items = page.items().stream().map(b -> new BatchListItem(b.id, b.name, b.status,
                b.creationTime, b.entriesKnown ? b.entries.size() : null, b.workflowId())).toList();
        return new ListBatchResponse(items, page.nextToken());
    }

    public synchronized ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest request) {
        tick();
        model.validate("ListRunsInBatchRequest", Json.mapper().valueToTree(request));
        onlyOneFilter("ListRunsInBatch", request.submissionStatus(), request.runSettingId(), request.runId());
        BatchState b = batch(request.batchId());
        Pages.Page<RunEntry> page = Pages.scan(b.entries, e -> e.submissionStatus != null
                && (request.submissionStatus() == null || e.submissionStatus == request.submissionStatus())
                && (request.runSettingId() == null || request.runSettingId().equals(e.runSettingId))
                && (request.runId() == null || request.runId().equals(e.runId)),
                request.maxItems(), 100, request.startingToken());
        List<RunInBatch> items = page.items().stream().map(e -> new RunInBatch(e.runSettingId, e.runId, e.runUuid,
                e.runArn, e.submissionStatus, e.submissionFailureReason, e.submissionFailureMessage)).toList();
        return new ListRunsInBatchResponse(items, page.nextToken());
    }

    /** CancelRunBatch: queued runs never start, started ones are stopped; partial success is counted. */
    public synchronized void cancelRunBatch(String batchId) {
        tick();
        BatchState b = batch(batchId);
        if (!b.status.canCancel()) {
            throw SandboxException.conflict("Batch " + batchId + " is " + b.status
                    + ": CancelRunBatch is only allowed in PENDING, SUBMITTING or INPROGRESS, and only one cancel "
                    + "or delete operation per batch is allowed at a time");
        }
        Instant now = now();
        for (RunEntry e : b.entries) {
            if (e.phase == RunEntry.Phase.QUEUED) {
                e.phase = RunEntry.Phase.NOT_STARTED;
                e.cancelSucceeded = true;
                e.submissionStatus = SubmissionStatus.CANCEL_SUCCESS;
            } else if (e.phase == RunEntry.Phase.STARTED) {
                RunState r = runs.get(e.runId);
                boolean ok = !r.status.isTerminal();
                if (ok) {
                    r.cancelRequested = true;
                    r.statusMessage = "Cancelled by CancelRunBatch";
                    if (r.status != RunStatus.STOPPING) {
                        r.enter(RunStatus.STOPPING, now);
                    }
                }
                e.cancelSucceeded = ok;
                e.submissionStatus = ok ? SubmissionStatus.CANCEL_SUCCESS : SubmissionStatus.CANCEL_FAILED;
            }
        }
        b.enter(BatchStatus.STOPPING, now);
        dirty = true;
    }

    /** DeleteRunBatch: only after PROCESSED or CANCELLED; the runs become DELETED. */
    public synchronized void deleteRunBatch(String batchId) {
        tick();
        BatchState b = batch(batchId);
        if (!b.status.canDeleteRuns()) {
            throw SandboxException.conflict("Batch " + batchId + " is " + b.status
                    + ": DeleteRunBatch is only allowed in PROCESSED or CANCELLED, and only one cancel or delete "
                    + "operation per batch is allowed at a time");
        }
        b.enter(BatchStatus.RUNS_DELETING, now());
        dirty = true;
    }

    /** DeleteBatch: only in a terminal state; afterwards the batch is gone but its runs remain. */
    public synchronized void deleteBatch(String batchId) {
        tick();
        BatchState b = batch(batchId);
        if (!b.status.canDeleteBatch()) {
            throw SandboxException.conflict("Batch " + batchId + " is " + b.status
                    + ": DeleteBatch requires a terminal state (PROCESSED, FAILED, CANCELLED or RUNS_DELETED)");
        }
        batches.remove(batchId);
        batchByRequestId.values().remove(batchId);
        dirty = true;
    }

    /** ListRuns; its filters combine. Deleted runs stay listed with status DELETED. */
    public synchronized ListRunsResponse listRuns(ListRunsRequest request) {
        tick();
        model.validate("ListRunsRequest", Json.mapper().valueToTree(request));
        // seek to the token's run id in the sorted map: a page costs its own length, not every run's
        String start = Pages.startKey(request.startingToken());
        int max = request.maxResults() == null ? 100 : request.maxResults();
        List<RunState> matching = (start == null ? runs : runs.tailMap(start, true))
                .values().stream()
                .filter(r -> request.batchId() == null || request.batchId().equals(r.batchId))
                .filter(r -> request.status() == null || r.status == request.status())
                .filter(r -> request.name() == null || request.name().equals(r.name))
                .filter(r -> request.runGroupId() == null || request.runGroupId().equals(r.runGroupId))
                .limit(max + 1L).toList();
        Pages.Page<RunState> page = Pages.page(matching, r -> r.id, max, max, null);
        List<RunListItem> items = page.items().stream().map(r -> new RunListItem(r.arn, r.id, r.status, r.workflowId,
                r.batchId, r.name, r.priority, r.storageCapacity, r.creationTime, r.startTime, r.stopTime,
                r.storageType, r.workflowVersionName)).toList();
        return new ListRunsResponse(items, page.nextToken());
    }

    /** GetRun, with the members of the service's GetRunResponse the sandbox can give. */
    public synchronized ObjectNode getRun(String runId) {
        tick();
        RunState r = runs.get(runId);
        if (r == null) {
            throw SandboxException.notFound("Run " + runId + " not found");
        }
        return BatchViews.run(r);
    }

    private BatchState batch(String batchId) {
        BatchState b = batches.get(batchId);
        if (b == null) {
            throw SandboxException.notFound("Batch " + batchId + " not found");
        }
        return b;
    }

    /** ListBatch and ListRunsInBatch: "Only one filter per call is supported." */
    private static void onlyOneFilter(String operation, Object... filters) {
        if (Stream.of(filters).filter(Objects::nonNull).count() > 1) {
            throw SandboxException.validation(operation + " supports only one filter per call");
        }
    }

    private void startRun(BatchState b, RunEntry e, Instant at) {
        RunState r = setup.run(b, e, nextId(), at);
        runs.put(r.id, r);
        e.phase = RunEntry.Phase.STARTED;
        e.runId = r.id;
        e.runUuid = r.uuid;
        e.runArn = r.arn;
        e.submissionStatus = SubmissionStatus.SUCCESS;
    }

    private String nextId() {
        return Long.toString(nextId++);
    }

    /** True once since the last call if anything changed; the server persists then. */
    boolean takeDirty() {
        boolean was = dirty;
        dirty = false;
        return was;
    }

    /** The state as a JSON tree, made under the lock so that the writer never sees a half-changed batch. */
    synchronized com.fasterxml.jackson.databind.JsonNode snapshot() {
        return Json.mapper().valueToTree(new StateStore.Snapshot(nextId, List.copyOf(batches.values()),
                List.copyOf(runs.values()), Map.copyOf(batchByRequestId)));
    }

    synchronized void restore(StateStore.Snapshot s) {
        batches.clear();
        runs.clear();
        batchByRequestId.clear();
        s.batches().forEach(b -> batches.put(b.id, b));
        s.runs().forEach(r -> runs.put(r.id, r));
        batchByRequestId.putAll(s.requestIds());
        nextId = Math.max(nextId, s.nextId());
    }
}
