package org.omicsbatch.ui.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.ListRunsResponse;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;

/**
 * A BatchApi for view-model unit tests: replies what the test set, pages lists by two, and records
 * every call so tests can assert how often the monitor asked. The wire is tested against the sandbox.
 */
public final class RecordingBatchApi implements BatchApi {
    public Batch batch;
    List<RunInBatch> submissions = new ArrayList<>();
    List<RunListItem> runs = new ArrayList<>();
    Map<String, Run> runDetails = new HashMap<>();
    public final List<String> calls = new ArrayList<>();
    RuntimeException failNext;

    @Override
    public StartRunBatchResponse startRunBatch(StartRunBatchRequest request) {
        throw new UnsupportedOperationException("not used by the monitor");
    }

    @Override
    public synchronized Batch getBatch(String batchId) {
        record("GetBatch");
        return batch;
    }

    @Override
    public ListBatchResponse listBatch(ListBatchRequest request) {
        throw new UnsupportedOperationException("not used by the monitor");
    }

    @Override
    public synchronized ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest request) {
        record("ListRunsInBatch");
        int from = request.startingToken() == null ? 0 : Integer.parseInt(request.startingToken());
        int to = Math.min(submissions.size(), from + page(request.maxItems()));
        return new ListRunsInBatchResponse(submissions.subList(from, to), to < submissions.size() ? "" + to : null);
    }

    @Override
    public synchronized void cancelRunBatch(String batchId) {
        record("CancelRunBatch");
    }

    @Override
    public synchronized void deleteRunBatch(String batchId) {
        record("DeleteRunBatch");
    }

    @Override
    public synchronized void deleteBatch(String batchId) {
        record("DeleteBatch");
    }

    @Override
    public synchronized ListRunsResponse listRuns(ListRunsRequest request) {
        record("ListRuns");
        int from = request.startingToken() == null ? 0 : Integer.parseInt(request.startingToken());
        int to = Math.min(runs.size(), from + page(request.maxResults()));
        return new ListRunsResponse(runs.subList(from, to), to < runs.size() ? "" + to : null);
    }

    @Override
    public synchronized Run getRun(String runId) {
        record("GetRun " + runId);
        return runDetails.get(runId);
    }

    /** Pages as asked, or of two when the caller does not say (so paging is exercised). */
    private static int page(Integer asked) {
        return asked == null ? 2 : asked;
    }

    public long count(String call) {
        return calls.stream().filter(c -> c.equals(call)).count();
    }

    private void record(String call) {
        calls.add(call);
        if (failNext != null) {
            RuntimeException e = failNext;
            failNext = null;
            throw e;
        }
    }
}
