package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.task.Progress;

/**
 * Measurement 4: the app's {@code BatchMonitor} following a 100,000-run batch in the sandbox over
 * HTTP. The first full sync lists every run (ListRunsInBatch and ListRuns, 100 per page: about 2,000
 * pages); later polls with unchanged counters should cost one GetBatch each. Requests are counted by
 * a wrapper around the client. The sandbox's request handling is at its defaults (no throttling, no
 * faults, no added latency); only its run lifecycle is sped up, so that the batch has finished and
 * its counters stand still before the monitor looks.
 */
public final class MonitorBench {
    private static final int POLLS = 5;

    private MonitorBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // A per-operation request quota (0: none, the sandbox's default): with one, the sync must stay
        // within it, and the sandbox counts what it refused.
        double requestRate = Double.parseDouble(System.getProperty("bench.monitor.requestRate", "0"));
        SandboxOptions options = SandboxOptions.defaults().withSpeed(10_000).withStartRate(1_000_000)
                .withRequestRate(requestRate);
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            String batchId = finishedBatch(sandbox, runs);
            Path home = Files.createDirectories(Path.of(System.getProperty("bench.work", "target/bench/work"), "monitor"));
            CallCounter counter = new CallCounter();
            try (AwsSession session = AwsSession.open(ConnectionSettings.sandbox(sandbox.endpoint()))) {
                BatchApi api = counter.wrap(BatchApi.class, session.batches());
                // A journal in a folder of its own: the monitor keeps its cache beside it, and a cache left
                // by an earlier run (same sandbox batch id, same counters) would skip the sync measured here.
                BatchMonitor monitor = new BatchMonitor(api,
                        new Journal(Files.createTempDirectory(home, "run").resolve("journal")));
                ObjectNode sync = Results.start("monitor", "first full sync of a " + runs + "-run batch"
                        + (requestRate > 0 ? " (sandbox limiting each operation to " + requestRate + " requests/s)" : ""));
                long t0 = System.nanoTime();
                BatchSnapshot first = monitor.refresh(batchId, true, Progress.NONE);
                sync.put("wallMs", (System.nanoTime() - t0) / 1_000_000).put("runsListed", first.runs().size())
                        .put("requests", counter.total()).set("byOperation", Json.mapper().valueToTree(counter.byOperation()));
                sync.set("busiestSecond", Json.mapper().valueToTree(counter.busiestSecond()));
                sync.put("maxInFlight", counter.maxInFlight());
                sync.set("meanMsPerCall", Json.mapper().valueToTree(counter.meanMs()));
                sync.put("targetMs", 60_000);
                if (requestRate > 0) {
                    sync.put("sandboxRequestRate", requestRate).put("throttled", sandbox.throttledByRequestRate());
                }
                Results.write(sync);
                ObjectNode polls = Results.start("monitor", "polls with unchanged counters"
                        + (requestRate > 0 ? " (sandbox limiting each operation to " + requestRate + " requests/s)" : ""));
                List<Long> perPoll = new ArrayList<>();
                for (int i = 0; i < POLLS; i++) {
                    counter.reset();
                    monitor.refresh(batchId, true, Progress.NONE);
                    perPoll.add(counter.total());
                }
                polls.set("requestsPerPoll", Json.mapper().valueToTree(perPoll));
                polls.put("met", perPoll.stream().allMatch(n -> n == 1));
                Results.write(polls);
            }
        }
    }

    /** Starts a batch from a settings file in the sandbox's S3 and waits until every run has ended. */
    static String finishedBatch(SandboxServer sandbox, int runs) throws Exception {
        List<InlineSetting> settings = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            String id = String.format("S%06d", i);
            settings.add(InlineSetting.builder().runSettingId(id).name("bench-" + id).parameters(Json.mapper()
                    .createObjectNode().put("input", "s3://bench-inputs/samplesheets/" + id + ".csv")).build());
        }
        byte[] file = Json.mapper().writeValueAsBytes(settings);
        sandbox.backend().s3().put("bench-inputs", "batches/run-settings.json", file, "application/json", Map.of(),
                Instant.now());
        DefaultRunSetting defaults = DefaultRunSetting.builder().workflowId("9000002")
                .roleArn("arn:aws:iam::123456789012:role/OmicsRole").outputUri("s3://bench-results/fastqc/")
                .parameters(Json.mapper().createObjectNode().put("fasta", "s3://bench-refs/genome.fa")
                        .put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com")).build();
        String id = sandbox.backend().startRunBatch(new StartRunBatchRequest("bench-monitor", "bench-" + System.nanoTime(),
                null, defaults, BatchRunSettings.s3Uri("s3://bench-inputs/batches/run-settings.json"))).id();
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Batch b = sandbox.backend().getBatch(id);
            if (b.status() != null && b.status().isTerminal()) {
                System.err.println("batch " + id + " " + b.status() + " with " + b.totalRuns() + " runs");
                return id;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the sandbox batch did not finish within 30 minutes");
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
