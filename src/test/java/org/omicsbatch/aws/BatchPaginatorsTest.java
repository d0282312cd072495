package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsInBatchResponse;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.ListRunsResponse;
import org.omicsbatch.model.Run;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;

class BatchPaginatorsTest {
    /** ListBatch over two pages, refusing (like the service) more than one filter per call. */
    static final class TwoPages implements BatchApi {
        final List<ListBatchRequest> sent = new ArrayList<>();

        @Override
        public ListBatchResponse listBatch(ListBatchRequest r) {
            sent.add(r);
            int filters = (r.status() == null ? 0 : 1) + (r.name() == null ? 0 : 1) + (r.runGroupId() == null ? 0 : 1);
            if (filters > 1) {
                throw ServiceErrors.of("ValidationException", "Only one filter per call is supported", 400, "r", "ListBatch");
            }
            if (r.startingToken() == null) {
                return new ListBatchResponse(List.of(item("1", BatchStatus.PROCESSED), item("2", BatchStatus.FAILED)), "p2");
            }
            return new ListBatchResponse(List.of(item("3", BatchStatus.PROCESSED)), null);
        }

        private static BatchListItem item(String id, BatchStatus status) {
            return new BatchListItem(id, "rna", status, null, 3, "9000002");
        }

        @Override public StartRunBatchResponse startRunBatch(StartRunBatchRequest request) { throw new UnsupportedOperationException(); }
        @Override public Batch getBatch(String batchId) { throw new UnsupportedOperationException(); }
        @Override public ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest request) { throw new UnsupportedOperationException(); }
        @Override public void cancelRunBatch(String batchId) { throw new UnsupportedOperationException(); }
        @Override public void deleteRunBatch(String batchId) { throw new UnsupportedOperationException(); }
        @Override public void deleteBatch(String batchId) { throw new UnsupportedOperationException(); }
        @Override public ListRunsResponse listRuns(ListRunsRequest request) { throw new UnsupportedOperationException(); }
        @Override public Run getRun(String runId) { throw new UnsupportedOperationException(); }
    }

    @Test
    void sendsOneFilterAndAppliesTheOtherItselfAcrossPages() {
        TwoPages api = new TwoPages();

        List<String> ids = BatchPaginators.batches(api, new ListBatchRequest(null, null, BatchStatus.PROCESSED, "rna",
                null)).map(BatchListItem::id).toList();

        assertThat(ids).containsExactly("1", "3");
        assertThat(api.sent).extracting(ListBatchRequest::name).containsExactly("rna", "rna");
        assertThat(api.sent).extracting(ListBatchRequest::status).containsOnlyNulls();
        assertThat(api.sent).extracting(ListBatchRequest::maxItems).containsOnly(100);
        assertThat(api.sent).extracting(ListBatchRequest::startingToken).containsExactly(null, "p2");
    }

    @Test
    void asksForTheNextPageOnlyWhenTheFirstIsUsedUp() {
        TwoPages api = new TwoPages();

        assertThat(BatchPaginators.batches(api, ListBatchRequest.all()).findFirst()).isPresent();

        assertThat(api.sent).hasSize(1);
    }
}
