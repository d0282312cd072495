package org.omicsbatch.ui.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Batch;
import org.omicsbatch.task.Progress;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.ui.monitor.RecordingBatchApi;
import org.omicsbatch.ui.submit.StageRow.Status;

class SubmitViewModelTest {
    private final RecordingBatchApi api = new RecordingBatchApi();
    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> requestIds = new ArrayList<>();
    private final List<String> submittedBatches = new ArrayList<>();
    private RuntimeException failOnce;
    private final SubmitViewModel[] vmRef = new SubmitViewModel[1];

    /** A submission that reports every stage like the core does and "creates" batch 4242. */
    private final class Scripted implements SubmitPipeline {
        private String requestId;

        @Override
        public String requestId() {
            return requestId;
        }

        @Override
        public StartRunBatchResponse submit(StageListener listener, Progress progress) {
            if (requestId == null) {
                requestId = java.util.UUID.randomUUID().toString();
            }
            requestIds.add(requestId);
            return script(listener, progress);
        }
    }

    private StartRunBatchResponse script(StageListener listener, Progress progress) {
        listener.started(Stage.VALIDATE);
        listener.finished(Stage.VALIDATE, "250 runs, no problems");
        listener.started(Stage.PREFLIGHT);
        listener.finished(Stage.PREFLIGHT, "500 inputs found");
        listener.started(Stage.UPLOAD);
        listener.progress(Stage.UPLOAD, 512 * 1024, 2 * 1024 * 1024, null);
        progress.checkCancelled();
        listener.finished(Stage.UPLOAD, "settings file uploaded");
        listener.started(Stage.START);
        if (failOnce != null) {
            RuntimeException e = failOnce;
            failOnce = null;
            throw e;
        }
        listener.finished(Stage.START, "batch 4242");
        return new StartRunBatchResponse("4242", "arn:aws:omics:eu-west-1:123456789012:runBatch/4242",
                BatchStatus.CREATING, "u", Map.of());
    }

    /** A pipeline from a lambda, for scripts that fail early. */
    private static SubmitPipeline pipeline(java.util.function.BiFunction<StageListener, Progress,
            StartRunBatchResponse> body) {
        return new SubmitPipeline() {
            @Override
            public StartRunBatchResponse submit(StageListener listener, Progress progress) {
                return body.apply(listener, progress);
            }

            @Override
            public String requestId() {
                return null;
            }
        };
    }

    private SubmitViewModel vm() {
        SubmitViewModel vm = new SubmitViewModel(api, Runnable::run, queued::add, Duration.ofMillis(1));
        vm.setOnSubmitted(submittedBatches::add);
        return vm;
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    @Test
    void everyStageShowsItsOwnProgressThenTheBatchGoesFromCreatingToPending() {
        api.batch = batch(BatchStatus.PENDING);
        SubmitViewModel vm = vm();
        vm.submit(new Scripted());
        runQueued();

        assertThat(vm.stages()).extracting(r -> r.statusProperty().get()).containsOnly(Status.DONE);
        assertThat(vm.stages().get(Stage.VALIDATE.ordinal()).detailProperty().get()).isEqualTo("250 runs, no problems");
        assertThat(vm.stages().get(Stage.PENDING.ordinal()).detailProperty().get()).startsWith("Batch 4242 is pending");
        assertThat(submittedBatches).containsExactly("4242");
        assertThat(vm.submittedProperty().get()).isTrue();
    }

    @Test
    void uploadShowsBytesAndPercent() {
        List<String> seen = new ArrayList<>();
        SubmitViewModel vm = new SubmitViewModel(api, r -> {
            r.run();
            seen.add(vmRef[0].stages().get(Stage.UPLOAD.ordinal()).detailProperty().get());
        }, queued::add, Duration.ofMillis(1));
        vmRef[0] = vm;
        api.batch = batch(BatchStatus.PENDING);
        vm.submit(new Scripted());
        runQueued();
        assertThat(seen).contains("512.0 KiB of 2.0 MiB (25%)");
    }

    @Test
    void aDoubleClickSubmitsOnce() {
        api.batch = batch(BatchStatus.PENDING);
        SubmitViewModel vm = vm();
        vm.submit(new Scripted());
        vm.submit(new Scripted()); // the second click of a double click
        runQueued();
        vm.submit(new Scripted()); // a click after success
        runQueued();

        assertThat(requestIds).hasSize(1);
    }

    @Test
    void retryAfterANetworkDropSendsTheSameRequestId() {
        api.batch = batch(BatchStatus.PENDING);
        failOnce = new IllegalStateException("Unable to execute HTTP request: Connection reset");
        SubmitViewModel vm = vm();
        vm.submit(new Scripted());
        runQueued();
        assertThat(vm.errorProperty().get()).isEqualTo("Unable to execute HTTP request: Connection reset.");
        assertThat(vm.stages().get(Stage.START.ordinal()).statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(vm.canRetry().get()).isTrue();

        vm.retry();
        runQueued();
        assertThat(requestIds).hasSize(2);
        assertThat(requestIds.get(1)).isEqualTo(requestIds.get(0));
        assertThat(submittedBatches).containsExactly("4242");
    }

    @Test
    void aDraftFixedAfterARefusalIsSubmittedAfresh() {
        api.batch = batch(BatchStatus.PENDING);
        SubmitViewModel vm = vm();
        vm.submit(pipeline((listener, progress) -> {
            throw new SubmitProblem(Stage.VALIDATE, "1 run has problems", List.of("run S7: fastq_1 is required"));
        }));
        runQueued();
        assertThat(vm.canSubmit().get()).isTrue();

        vm.submit(new Scripted());
        runQueued();
        assertThat(submittedBatches).containsExactly("4242");
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void problemsInTheDraftAskForAFixNotARetry() {
        SubmitPipeline invalid = pipeline((listener, progress) -> {
            listener.started(Stage.VALIDATE);
            throw new SubmitProblem(Stage.VALIDATE, "2 runs have problems",
                    List.of("run S7: parameters.fastq_1 is required", "run S9: priority 200000 is above 100000"));
        });
        SubmitViewModel vm = new SubmitViewModel(api, Runnable::run, queued::add, Duration.ofMillis(1));
        vm.submit(invalid);
        runQueued();

        assertThat(vm.stages().get(0).statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(vm.problems()).hasSize(2);
        assertThat(vm.canRetry().get()).isFalse();
        assertThat(vm.fixDraftProperty().get()).isTrue();
    }

    @Test
    void cancellingTheUploadStartsNothing() {
        SubmitPipeline slow = pipeline((listener, progress) -> {
            listener.started(Stage.UPLOAD);
            vmRef[0].cancel(); // the user presses Cancel mid-upload
            progress.checkCancelled();
            throw new AssertionError("not reached");
        });
        SubmitViewModel vm = new SubmitViewModel(api, Runnable::run, queued::add, Duration.ofMillis(1));
        vmRef[0] = vm;
        vm.submit(slow);
        runQueued();

        assertThat(vm.errorProperty().get()).startsWith("Submission cancelled. Nothing was started");
        assertThat(vm.stages().get(Stage.UPLOAD.ordinal()).statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aBatchThatFailsWhileBeingCreatedSaysWhy() {
        api.batch = new Batch("4242", null, null, "b", BatchStatus.FAILED, null, 250, null, null, null,
                Instant.now(), null, null, Instant.now(), "Cannot read s3://settings/runs.json: Access Denied");
        SubmitViewModel vm = vm();
        vm.submit(new Scripted());
        runQueued();
        assertThat(vm.errorProperty().get()).contains("Access Denied");
        assertThat(vm.stages().get(Stage.CREATING.ordinal()).statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(submittedBatches).isEmpty();
    }

    private static Batch batch(BatchStatus status) {
        return new Batch("4242", null, null, "b", status, null, 250, null, null, null, Instant.now(), null, null,
                null, null);
    }
}
