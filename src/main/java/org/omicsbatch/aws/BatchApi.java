package org.omicsbatch.aws;

import org.omicsbatch.model.Batch;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.ListRunsResponse;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;

/**
 * The HealthOmics batch operations, plus the two run calls needed to follow a batch's runs.
 *
 * <p>The omics SDK artifact on the registry predates the batch operations, so the one implementation
 * today is a small SigV4 REST-JSON client. Everything else talks to this interface, so that the
 * SDK's generated client can replace it once it ships them. Failures are {@code OmicsServiceException}s
 * typed by the service's error code.
 */
public interface BatchApi {

    StartRunBatchResponse startRunBatch(StartRunBatchRequest request);

    Batch getBatch(String batchId);

    ListBatchResponse listBatch(ListBatchRequest request);

    ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest request);

    void cancelRunBatch(String batchId);

    void deleteRunBatch(String batchId);

    void deleteBatch(String batchId);

    ListRunsResponse listRuns(ListRunsRequest request);

    Run getRun(String runId);
}
