package org.omicsbatch.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omicsbatch.aws.BatchApi;
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

class HistoryViewModelTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private final List<ListBatchRequest> requests = new ArrayList<>();
    private final List<BatchListItem> service = List.of(
            new BatchListItem("1001", "wgs-cohort-a", BatchStatus.PROCESSED, T, 250, "1234567"),
            new BatchListItem("1002", "rnaseq-pilot", BatchStatus.INPROGRESS, T.plusSeconds(3600), 10, "7654321"),
            new BatchListItem("1003", "wgs-cohort-b", BatchStatus.FAILED, T.plusSeconds(7200), 250, "1234567"));
    private final List<LocalSubmission> journal = List.of(
            new LocalSubmission("r1", "1002", "rnaseq-pilot", T.plusSeconds(3599), Path.of("rnaseq.json"), null, false),
            new LocalSubmission("r0", "0999", "old-trial", T.minusSeconds(86400), Path.of("trial.json"), BatchStatus.PROCESSED, true));

    private HistoryViewModel loaded() {
        HistoryViewModel vm = new HistoryViewModel(new Listing(), () -> journal, Runnable::run, Runnable::run);
        vm.refresh();
        return vm;
    }

    @Test
    void listsEveryPageNewestFirstWithDeletedBatchesFromTheJournal() {
        HistoryViewModel vm = loaded();

        assertThat(vm.entries()).extracting(HistoryEntry::batchId).containsExactly("1003", "1002", "1001", "0999");
        assertThat(requests).hasSize(2);
        assertThat(requests).allSatisfy(r -> assertThat(r.status()).isNull());
        HistoryEntry deleted = vm.entries().get(3);
        assertThat(deleted.statusText()).isEqualTo("DELETED");
        assertThat(deleted.canOpen()).isFalse();
    }

    @Test
    void marksBatchesSubmittedFromThisMachineWithTheirDraft() {
        HistoryEntry pilot = loaded().entries().get(1);
        assertThat(pilot.fromThisMachine()).isTrue();
        assertThat(pilot.draftFile()).isEqualTo(Path.of("rnaseq.json"));
        assertThat(loaded().entries().get(0).fromThisMachine()).isFalse();
    }

    @Test
    void statusAndNameFiltersCombineOnTheClient() {
        HistoryViewModel vm = loaded();
        vm.nameFilterProperty().set("WGS");
        assertThat(vm.visible()).extracting(HistoryEntry::batchId).containsExactly("1003", "1001");
        vm.statusFilterProperty().set("FAILED");
        assertThat(vm.visible()).extracting(HistoryEntry::batchId).containsExactly("1003");
        vm.nameFilterProperty().set("");
        vm.statusFilterProperty().set("DELETED");
        assertThat(vm.visible()).extracting(HistoryEntry::batchId).containsExactly("0999");
    }

    @Test
    void whenTheServiceCannotBeReachedTheJournalIsStillShown() {
        HistoryViewModel vm = new HistoryViewModel(new Listing() {
            @Override
            public ListBatchResponse listBatch(ListBatchRequest request) {
                throw new IllegalStateException("Unable to execute HTTP request: connect timed out");
            }
        }, () -> journal, Runnable::run, Runnable::run);
        vm.refresh();

        assertThat(vm.entries()).extracting(HistoryEntry::batchId).containsExactly("1002", "0999");
        assertThat(vm.messageProperty().get()).contains("connect timed out", "this machine's submissions only");
    }

    /** ListBatch in two pages; the other operations are not the history's business. */
    private class Listing implements BatchApi {
        @Override
        public ListBatchResponse listBatch(ListBatchRequest request) {
            requests.add(request);
            return request.startingToken() == null ? new ListBatchResponse(service.subList(0, 2), "p2")
                    : new ListBatchResponse(service.subList(2, 3), null);
        }

        @Override
        public StartRunBatchResponse startRunBatch(StartRunBatchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Batch getBatch(String batchId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancelRunBatch(String batchId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteRunBatch(String batchId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteBatch(String batchId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListRunsResponse listRuns(ListRunsRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Run getRun(String runId) {
            throw new UnsupportedOperationException();
        }
    }
}
