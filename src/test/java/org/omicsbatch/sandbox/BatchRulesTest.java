package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.omicsbatch.sandbox.SandboxFixtures.backend;
import static org.omicsbatch.sandbox.SandboxFixtures.fastqcDefaults;
import static org.omicsbatch.sandbox.SandboxFixtures.request;
import static org.omicsbatch.sandbox.SandboxFixtures.samples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;

class BatchRulesTest {
    private final SandboxBackend backend = backend();

    @Test
    void sameRequestIdReturnsTheSameBatchInsteadOfASecondOne() {
        String first = backend.startRunBatch(request("retry-me", samples(2))).id();
        String second = backend.startRunBatch(request("retry-me", samples(2))).id();
        assertThat(second).isEqualTo(first);
        assertThat(backend.listBatch(ListBatchRequest.all()).items()).hasSize(1);
    }

    @Test
    void validatesEveryConstraintOfTheServiceModelAtOnce() {
        DefaultRunSetting bad = fastqcDefaults().workflowId("fastqc").priority(100_001).logLevel("VERBOSE").build();
        List<InlineSetting> runs = new ArrayList<>(samples(101));
        assertError(() -> backend.startRunBatch(request("bad", bad, BatchRunSettings.inline(runs))),
                "ValidationException", "4 validation errors detected",
                "'defaultRunSetting.workflowId' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+",
                "'defaultRunSetting.priority' failed to satisfy constraint: Member must have value less than or equal to 100000",
                "'defaultRunSetting.logLevel' failed to satisfy constraint: Member must satisfy enum value set",
                "'batchRunSettings.inlineSettings' failed to satisfy constraint: Member must have length less than or equal to 100");
    }

    @Test
    void requiresExactlyOneKindOfRunSettings() {
        assertError(() -> backend.startRunBatch(request("none", fastqcDefaults().build(), new BatchRunSettings(null, null))),
                "ValidationException", "exactly one of its members");
    }

    @Test
    void refusesReady2RunWorkflowsWhetherNamedByTypeOrById() {
        assertError(() -> backend.startRunBatch(request("r2r-type", fastqcDefaults().workflowType("READY2RUN").build(),
                BatchRunSettings.inline(samples(1)))), "ValidationException", "READY2RUN");
        assertError(() -> backend.startRunBatch(request("r2r-id", fastqcDefaults().workflowId(Catalog.READY2RUN_ID).build(),
                BatchRunSettings.inline(samples(1)))), "ValidationException", "READY2RUN");
    }

    @Test
    void unknownWorkflowRunGroupAndCacheAreNotFound() {
        assertError(() -> start(fastqcDefaults().workflowId("1234")), "ResourceNotFoundException", "Workflow 1234");
        assertError(() -> start(fastqcDefaults().runGroupId("42")), "ResourceNotFoundException", "Run group 42");
        assertError(() -> start(fastqcDefaults().cacheId("43")), "ResourceNotFoundException", "Run cache 43");
        assertError(() -> start(fastqcDefaults().workflowVersionName("9.9.9")), "ResourceNotFoundException", "9.9.9");
        assertError(() -> start(fastqcDefaults().workflowOwnerId("111122223333")), "ResourceNotFoundException",
                "shared by account 111122223333");
        assertError(() -> start(fastqcDefaults().configurationName("my-vpc")), "ResourceNotFoundException", "my-vpc");
        assertError(() -> start(fastqcDefaults().networkingMode("VPC")), "ValidationException", "configurationName");
        start(fastqcDefaults().workflowOwnerId(SandboxOptions.ACCOUNT_ID).networkingMode("RESTRICTED")
                .workflowVersionName("1.0.0"));
    }

    @Test
    void cacheBehaviorNeedsCacheId() {
        assertError(() -> start(fastqcDefaults().cacheBehavior("CACHE_ALWAYS")), "ValidationException", "cacheId");
        start(fastqcDefaults().cacheBehavior("CACHE_ALWAYS").cacheId(Catalog.RUN_CACHE_ID).runGroupId(Catalog.RUN_GROUP_ID));
    }

    @Test
    void listBatchAndListRunsInBatchAcceptOnlyOneFilterPerCall() {
        String id = start(fastqcDefaults());
        assertError(() -> backend.listBatch(new ListBatchRequest(null, null, BatchStatus.CREATING, "fastqc-batch", null)),
                "ValidationException", "only one filter");
        assertError(() -> backend.listRunsInBatch(new ListRunsInBatchRequest(id, null, null, SubmissionStatus.SUCCESS,
                "s1", null)), "ValidationException", "only one filter");
        assertThat(backend.listBatch(new ListBatchRequest(null, null, BatchStatus.CREATING, null, null)).items())
                .hasSize(1);
    }

    @Test
    void listBatchPaginatesWithinTheModelsPageSizeAndSurvivesDeletionsBetweenPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(backend.startRunBatch(request("page-" + i, samples(1))).id());
        }
        assertError(() -> backend.listBatch(new ListBatchRequest(101, null, null, null, null)), "ValidationException",
                "less than or equal to 100");
        ListBatchResponse first = backend.listBatch(new ListBatchRequest(2, null, null, null, null));
        assertThat(first.items()).extracting(BatchListItem::id).containsExactly(ids.get(0), ids.get(1));
        backend.advance(Duration.ofMinutes(5));
        backend.deleteBatch(ids.get(2));
        ListBatchResponse second = backend.listBatch(new ListBatchRequest(2, first.nextToken(), null, null, null));
        assertThat(second.items()).extracting(BatchListItem::id).containsExactly(ids.get(3), ids.get(4));
        assertThat(second.nextToken()).isNull();
        assertError(() -> backend.listBatch(new ListBatchRequest(2, "not-a-token", null, null, null)),
                "ValidationException", "pagination token");
    }

    @Test
    void listRunsInBatchPaginatesAFilteredListAcrossGaps() {
        List<InlineSetting> runs = new ArrayList<>(samples(5));
        runs.set(1, InlineSetting.builder().runSettingId("no-input-1").build());
        runs.set(4, InlineSetting.builder().runSettingId("no-input-2").build());
        String id = backend.startRunBatch(request("gaps", runs)).id();
        backend.advance(Duration.ofSeconds(6));
        var first = backend.listRunsInBatch(new ListRunsInBatchRequest(id, 1, null, SubmissionStatus.FAILED, null, null));
        assertThat(first.runs()).extracting(r -> r.runSettingId()).containsExactly("no-input-1");
        var second = backend.listRunsInBatch(new ListRunsInBatchRequest(id, 1, first.nextToken(), SubmissionStatus.FAILED,
                null, null));
        assertThat(second.runs()).extracting(r -> r.runSettingId()).containsExactly("no-input-2");
        assertThat(second.nextToken()).isNull();
        assertThat(backend.listRunsInBatch(new ListRunsInBatchRequest(id, 2, null, null, null, null)).nextToken())
                .isNotNull();
    }

    @Test
    void cancelKeepsQueuedRunsFromStartingAndStopsStartedOnes() {
        SandboxBackend slow = backend(SandboxOptions.defaults().withStartRate(1));
        String id = slow.startRunBatch(request("cancel-me", samples(5))).id();
        slow.advance(Duration.ofMillis(7500)); // SUBMITTING since +5 s: starts at +5, +6, +7 s
        assertThat(slow.getBatch(id).submissionSummary().successfulStartSubmissionCount()).isEqualTo(3);

        slow.cancelRunBatch(id);
        Batch stopping = slow.getBatch(id);
        assertThat(stopping.status()).isEqualTo(BatchStatus.STOPPING);
        assertThat(stopping.submissionSummary().successfulCancelSubmissionCount()).isEqualTo(5);
        assertThat(stopping.submissionSummary().pendingStartSubmissionCount()).isZero();
        assertThat(stopping.runSummary().stoppingRunCount()).isEqualTo(3);
        assertError(() -> slow.cancelRunBatch(id), "ConflictException", "only one cancel or delete");

        slow.advance(Duration.ofSeconds(10));
        Batch cancelled = slow.getBatch(id);
        assertThat(cancelled.status()).isEqualTo(BatchStatus.CANCELLED);
        assertThat(cancelled.runSummary().cancelledRunCount()).isEqualTo(3);
        assertThat(cancelled.submissionSummary().successfulStartSubmissionCount()).isEqualTo(3);
        assertThat(slow.listRunsInBatch(ListRunsInBatchRequest.of(id)).runs())
                .allMatch(r -> r.submissionStatus() == SubmissionStatus.CANCEL_SUCCESS);
    }

    @Test
    void cancelOfFinishedRunsIsCountedAsFailedCancels() {
        SandboxBackend slow = backend(SandboxOptions.defaults().withStartRate(0.01)); // one start per 100 s
        String id = slow.startRunBatch(request("partial", samples(2))).id();
        slow.advance(Duration.ofSeconds(95)); // the first run has completed, the second not yet started
        slow.cancelRunBatch(id);
        Batch b = slow.getBatch(id);
        assertThat(b.submissionSummary().failedCancelSubmissionCount()).isEqualTo(1);
        assertThat(b.submissionSummary().successfulCancelSubmissionCount()).isEqualTo(1);
    }

    @Test
    void deleteRulesFollowTheBatchStatusAndDeleteBatchMakesItGone() {
        String id = start(fastqcDefaults());
        backend.advance(Duration.ofSeconds(10));
        assertError(() -> backend.deleteRunBatch(id), "ConflictException", "PROCESSED or CANCELLED");
        assertError(() -> backend.deleteBatch(id), "ConflictException", "terminal");

        backend.advance(Duration.ofMinutes(3));
        assertThat(backend.getBatch(id).status()).isEqualTo(BatchStatus.PROCESSED);
        assertError(() -> backend.cancelRunBatch(id), "ConflictException", "PENDING, SUBMITTING or INPROGRESS");
        backend.deleteRunBatch(id);
        assertThat(backend.getBatch(id).status()).isEqualTo(BatchStatus.RUNS_DELETING);
        assertError(() -> backend.deleteRunBatch(id), "ConflictException", "RUNS_DELETING");
        assertError(() -> backend.deleteBatch(id), "ConflictException", "RUNS_DELETING");

        backend.advance(Duration.ofSeconds(3));
        Batch deleted = backend.getBatch(id);
        assertThat(deleted.status()).isEqualTo(BatchStatus.RUNS_DELETED);
        assertThat(deleted.runSummary().deletedRunCount()).isEqualTo(1);
        assertThat(deleted.submissionSummary().successfulDeleteSubmissionCount()).isEqualTo(1);
        assertThat(backend.listRuns(new ListRunsRequest(id, RunStatus.DELETED, null, null, null, null)).items()).hasSize(1);

        backend.deleteBatch(id);
        assertError(() -> backend.getBatch(id), "ResourceNotFoundException", id);
        assertError(() -> backend.listRunsInBatch(ListRunsInBatchRequest.of(id)), "ResourceNotFoundException", id);
        assertError(() -> backend.cancelRunBatch(id), "ResourceNotFoundException", id);
        assertThat(backend.listRuns(ListRunsRequest.ofBatch(id)).items()).hasSize(1);
    }

    private String start(DefaultRunSetting.Builder defaults) {
        return backend.startRunBatch(request("req-" + System.nanoTime(), defaults.build(),
                BatchRunSettings.inline(samples(1)))).id();
    }

    private static void assertError(ThrowingCallable call, String type, String... messageParts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SandboxException.class, e -> {
            assertThat(e.errorType()).isEqualTo(type);
            assertThat(e.getMessage()).contains(messageParts);
        });
    }
}
