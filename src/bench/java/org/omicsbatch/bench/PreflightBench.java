package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.PreflightFinding;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Measurement 5: {@code submit.Preflight} checking 100,000 distinct s3:// inputs (one per run, every
 * one present) against the sandbox's S3 over HTTP: time, requests, and the most requests in flight
 * at once (counted by a wrapper around the S3 client). Parallelism: {@code -Dbench.preflight.parallelism}
 * (default 16; the app does not fix one yet).
 */
public final class PreflightBench {
    private PreflightBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int parallelism = Results.intProperty("bench.preflight.parallelism", 16);
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults())) {
            List<InlineSetting> settings = new ArrayList<>(runs);
            byte[] content = "@read\nACGT\n+\nIIII\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < runs; i++) {
                String id = String.format("S%06d", i);
                String key = "projects/cohort-a-2026/fastq/" + id + "/" + id + "_R1_001.fastq.gz";
                sandbox.backend().s3().put("bench-reads", key, content, "application/gzip", Map.of(), Instant.now());
                settings.add(InlineSetting.builder().runSettingId(id)
                        .parameters(Json.mapper().createObjectNode().put("input", "s3://bench-reads/" + key)).build());
            }
            sandbox.backend().s3().createBucket("bench-results", Instant.now());
            BatchDraft draft = BatchDraft.empty().withDefaultRunSetting(DefaultRunSetting.builder().workflowId("9000002")
                    .roleArn("arn:aws:iam::123456789012:role/OmicsRole").outputUri("s3://bench-results/out/").build())
                    .withRuns(settings);
            CallCounter counter = new CallCounter();
            try (AwsSession session = AwsSession.open(ConnectionSettings.sandbox(sandbox.endpoint()))) {
                S3Files s3 = new S3Files(counter.wrap(S3Client.class, session.s3Client()), session::accountId);
                Preflight preflight = new Preflight(session.catalog(), s3, parallelism);
                preflight.check(draft.withRuns(settings.subList(0, Math.min(1000, runs))), Progress.NONE); // warm-up
                counter.reset();
                ObjectNode o = Results.start("preflight", runs + " distinct S3 inputs");
                long t0 = System.nanoTime();
                List<PreflightFinding> findings = preflight.check(draft, Progress.NONE);
                o.put("wallMs", (System.nanoTime() - t0) / 1_000_000).put("parallelism", parallelism)
                        .put("requests", counter.total()).put("maxInFlight", counter.maxInFlight())
                        .put("findings", findings.size());
                o.set("byOperation", Json.mapper().valueToTree(counter.byOperation()));
                findings.stream().limit(3).forEach(f -> System.err.println("finding: " + f.format()));
                Results.write(o);
            }
        }
    }
}
