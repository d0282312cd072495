package org.omicsbatch.submit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.BatchPaginators;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.task.Progress;

/**
 * Lists every run of a batch: ListRunsInBatch (runSettingId → runId, submission outcome) on a thread
 * of its own while ListRuns(batchId) (execution status) runs on the caller's, since each operation
 * has its own quota; each page costs only its own items, and the two are joined by run id once at the
 * end. Failed runs get their reason, and their output location as the service reports it, from GetRun.
 */
final class RunLister {
    /** GetRun is asked for this many failed runs at most per sync (their failure reason). */
    static final int FAILURE_DETAILS_MAX = 200;
    private static final int PAGE = 100;

    private final BatchApi api;
    private final Pacer listRunsInBatch;
    private final Pacer listRuns;
    private final Pacer getRun;

    RunLister(BatchApi api, MonitorPace pace) {
        this.api = api;
        this.listRunsInBatch = new Pacer(pace.listRunsInBatch());
        this.listRuns = new Pacer(pace.listRuns());
        this.getRun = new Pacer(pace.getRun());
    }

    List<RunRow> list(Batch batch, OutputLocations outputs, Progress progress) {
        long total = batch.totalRuns() == null ? -1 : 2L * batch.totalRuns();
        AtomicLong listed = new AtomicLong();
        FutureTask<List<RunInBatch>> submitted = new FutureTask<>(() -> submitted(batch.id(), listed, progress));
        Thread worker = new Thread(submitted, "ListRunsInBatch " + batch.id());
        worker.setDaemon(true);
        worker.start();
        try {
            Map<String, RunListItem> execution = execution(batch.id(), listed, total, progress);
            return join(await(submitted, listed, total, progress), execution, outputs, progress);
        } finally {
            submitted.cancel(true); // done already, or this side failed: the other listing stops too
        }
    }

    private List<RunInBatch> submitted(String batchId, AtomicLong listed, Progress progress) {
        List<RunInBatch> out = new ArrayList<>();
        BatchPaginators.pages(token -> {
            listRunsInBatch.await(progress);
            var page = api.listRunsInBatch(new ListRunsInBatchRequest(batchId, PAGE, token, null, null, null));
            listed.addAndGet(page.runs() == null ? 0 : page.runs().size());
            return page;
        }, r -> r.runs(), r -> r.nextToken()).forEach(out::add);
        return out;
    }

    private Map<String, RunListItem> execution(String batchId, AtomicLong listed, long total, Progress progress) {
        Map<String, RunListItem> out = new HashMap<>();
        BatchPaginators.pages(token -> {
            listRuns.await(progress);
            var page = api.listRuns(new ListRunsRequest(batchId, null, null, null, PAGE, token));
            // one progress report per page, not per run
            progress.update(listed.addAndGet(page.items() == null ? 0 : page.items().size()), total, "listing runs");
            return page;
        }, r -> r.items(), r -> r.nextToken()).forEach(r -> out.put(r.id(), r));
        return out;
    }

    /** Waits for the other listing, still reporting progress and seeing a cancel. */
    private static List<RunInBatch> await(FutureTask<List<RunInBatch>> task, AtomicLong listed, long total,
            Progress progress) {
        while (true) {
            try {
                return task.get(250, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillListing) {
                progress.update(listed.get(), total, "listing runs");
                progress.checkCancelled();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Progress.Cancelled();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private List<RunRow> join(List<RunInBatch> submitted, Map<String, RunListItem> execution,
            OutputLocations outputs, Progress progress) {
        int details = 0;
        List<RunRow> rows = new ArrayList<>(submitted.size());
        for (RunInBatch r : submitted) {
            RunListItem run = r.runId() == null ? null : execution.get(r.runId());
            RunStatus status = run == null ? null : run.status();
            String reason = r.submissionFailureReason() == null ? null
                    : r.submissionFailureReason() + (r.submissionFailureMessage() == null ? ""
                            : ": " + r.submissionFailureMessage());
            String location = outputs.location(r.runSettingId(), r.runId());
            OutputSource source = location == null ? null : outputs.source();
            if (status == RunStatus.FAILED && details++ < FAILURE_DETAILS_MAX) {
                getRun.await(progress);
                Run got = api.getRun(r.runId());
                reason = got.failureReason();
                if (got.runOutputUri() != null) {
                    location = got.runOutputUri();
                    source = OutputSource.SERVICE;
                }
            }
            rows.add(new RunRow(r.runSettingId(), r.runId(), r.submissionStatus(), status, reason, location, source));
        }
        return rows;
    }
}
