package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.model.Batch;
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
import org.omicsbatch.task.Progress;

class BatchMonitorTest {
    @TempDir
    Path dir;

    /** The real client, counting the list calls the monitor makes. */
    record Counting(BatchApi api, AtomicInteger lists) implements BatchApi {
        public StartRunBatchResponse startRunBatch(StartRunBatchRequest r) { return api.startRunBatch(r); }
        public Batch getBatch(String id) { return api.getBatch(id); }
        public ListBatchResponse listBatch(ListBatchRequest r) { return api.listBatch(r); }
        public ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest r) {
            lists.incrementAndGet();
            return api.listRunsInBatch(r);
        }
        public void cancelRunBatch(String id) { api.cancelRunBatch(id); }
        public void deleteRunBatch(String id) { api.deleteRunBatch(id); }
        public void deleteBatch(String id) { api.deleteBatch(id); }
        public ListRunsResponse listRuns(ListRunsRequest r) {
            lists.incrementAndGet();
            return api.listRuns(r);
        }
        public Run getRun(String id) { return api.getRun(id); }
    }

    @Test
    void listsRunsAgainOnlyWhenTheCountersMovedEvenAfterARestart() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.write("m.json", SandboxRig.fastqcDraft("monitor", List.of(
                    SandboxRig.run("m1", "s3://lab-bucket/in/m1.csv"), SandboxRig.run("m2", "s3://lab-bucket/in/m2.csv"))));
            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);
            rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { }, Progress.NONE);
            AtomicInteger lists = new AtomicInteger();
            Counting counting = new Counting(rig.session.batches(), lists);
            Path cache = dir.resolve("cache");

            BatchSnapshot first = new BatchMonitor(counting, rig.journal, cache, Duration.ZERO)
                    .refresh(s.batchId(), true, Progress.NONE);
            int afterFirst = lists.get();
            BatchSnapshot again = new BatchMonitor(counting, rig.journal, cache, Duration.ZERO)
                    .refresh(s.batchId(), true, Progress.NONE);

            assertThat(first.runs()).hasSize(2);
            assertThat(afterFirst).isEqualTo(2);
            assertThat(lists.get()).isEqualTo(afterFirst);
            assertThat(again.runs()).isEqualTo(first.runs());
        }
    }

    @Test
    void aDeletedBatchIsMarkedSoInTheJournal() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.write("d.json", SandboxRig.fastqcDraft("deleted", List.of(
                    SandboxRig.run("d1", "s3://lab-bucket/in/d1.csv"))));
            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);
            rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(100), x -> { }, Progress.NONE);
            rig.session.batches().deleteBatch(s.batchId());

            BatchSnapshot gone = rig.monitor().refresh(s.batchId(), false, Progress.NONE);

            assertThat(gone.deleted()).isTrue();
            Submission journaled = rig.journal.load(s.submissionId()).orElseThrow();
            assertThat(journaled.batchDeleted()).isTrue();
            assertThat(journaled.lastStatus()).isEqualTo(BatchStatus.PROCESSED);
        }
    }

    /** Counts the list calls in flight at once: ListRunsInBatch and ListRuns have separate quotas. */
    record Overlapping(BatchApi api, AtomicInteger inFlight, AtomicInteger most) implements BatchApi {
        <T> T listing(java.util.function.Supplier<T> call) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return call.get();
            } finally {
                inFlight.decrementAndGet();
            }
        }
        public StartRunBatchResponse startRunBatch(StartRunBatchRequest r) { return api.startRunBatch(r); }
        public Batch getBatch(String id) { return api.getBatch(id); }
        public ListBatchResponse listBatch(ListBatchRequest r) { return api.listBatch(r); }
        public ListRunsInBatchResponse listRunsInBatch(ListRunsInBatchRequest r) {
            return listing(() -> api.listRunsInBatch(r));
        }
        public void cancelRunBatch(String id) { api.cancelRunBatch(id); }
        public void deleteRunBatch(String id) { api.deleteRunBatch(id); }
        public void deleteBatch(String id) { api.deleteBatch(id); }
        public ListRunsResponse listRuns(ListRunsRequest r) { return listing(() -> api.listRuns(r)); }
        public Run getRun(String id) { return api.getRun(id); }
    }

    @Test
    void listsTheSubmissionsAndTheExecutionsSideBySideWithEveryRunJoined() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast().withLatency(Duration.ofMillis(40)), dir)) {
            List<org.omicsbatch.model.InlineSetting> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 250; i++) {
                runs.add(SandboxRig.run(String.format("p%03d", i), "s3://lab-bucket/in/p" + i + ".csv"));
            }
            Submission s = rig.submissions().submit(rig.write("p.json", SandboxRig.fastqcDraft("pages", runs)),
                    SubmitOptions.ALL, Progress.NONE);
            rig.monitor().waitUntilDone(s.batchId(), Duration.ofMillis(200), x -> { }, Progress.NONE);
            AtomicInteger most = new AtomicInteger();
            Overlapping api = new Overlapping(rig.session.batches(), new AtomicInteger(), most);

            BatchSnapshot seen = new BatchMonitor(api, rig.journal, dir.resolve("side-cache"), Duration.ZERO)
                    .refresh(s.batchId(), true, Progress.NONE);

            assertThat(seen.runs()).hasSize(250).allSatisfy(r -> {
                assertThat(r.runId()).isNotNull();
                assertThat(r.runStatus()).isEqualTo(org.omicsbatch.model.RunStatus.COMPLETED);
            });
            assertThat(most.get()).isEqualTo(2);
        }
    }
}
