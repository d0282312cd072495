package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;

/** Requests for the nf-core fastqc demo workflow, whose template requires input, fasta and ecr_registry. */
final class SandboxFixtures {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final String ROLE = "arn:aws:iam::123456789012:role/OmicsWorkflowRole";

    private SandboxFixtures() {
    }

    static SandboxBackend backend(SandboxOptions options) {
        return new SandboxBackend(options, new ManualClock(T0), new S3Store(options.strictBuckets()));
    }

    static SandboxBackend backend() {
        return backend(SandboxOptions.defaults());
    }

    static DefaultRunSetting.Builder fastqcDefaults() {
        return DefaultRunSetting.builder().workflowId(Catalog.FASTQC_ID).roleArn(ROLE)
                .outputUri("s3://sandbox-results/fastqc/")
                .parameters(json("{\"fasta\":\"s3://refs/genome.fa\",\"ecr_registry\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com\"}"));
    }

    static InlineSetting sample(String id) {
        return InlineSetting.builder().runSettingId(id).name("fastqc-" + id)
                .parameters(json("{\"input\":\"s3://reads/" + id + "/samplesheet.csv\"}")).build();
    }

    static List<InlineSetting> samples(int n) {
        List<InlineSetting> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(sample("sample-" + i));
        }
        return out;
    }

    static StartRunBatchRequest request(String requestId, List<InlineSetting> runs) {
        return new StartRunBatchRequest("fastqc-batch", requestId, Map.of("project", "demo"),
                fastqcDefaults().build(), BatchRunSettings.inline(runs));
    }

    static StartRunBatchRequest request(String requestId, DefaultRunSetting defaults, BatchRunSettings settings) {
        return new StartRunBatchRequest("fastqc-batch", requestId, null, defaults, settings);
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
