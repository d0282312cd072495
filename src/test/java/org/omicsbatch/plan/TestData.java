package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/** Real test files from src/test/resources and drafts built from them. */
public final class TestData {
    public static final String SOMATIC = "aws-samples-amazon-omics-tutorials_gatk-best-practices_somatic-snps-and-indels_";
    public static final String FASTQ_TO_BAM = "aws-samples-amazon-omics-tutorials_gatk-best-practices_fastqs-to-analysis-ready-bam_";
    public static final String FASTQC = "aws-samples-amazon-omics-tutorials_nf-core_fastqc_";
    public static final String RNASEQ = "aws-samples-amazon-omics-tutorials_nf-core_rnaseq_";
    public static final String TAXPROFILER = "aws-samples-aws-healthomics-tutorials_nf-core_taxprofiler_";

    private TestData() {
    }

    public static JsonNode json(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode template(String prefix) {
        return json("/parameter-templates/" + prefix + "parameter-template.json");
    }

    public static ObjectNode testParameters(String prefix) {
        return (ObjectNode) json("/parameter-templates/" + prefix + "test.parameters.json");
    }

    /** The defaults a researcher would set for the somatic workflow: its real test parameters, completed. */
    public static DefaultRunSetting somaticDefaults() {
        ObjectNode params = testParameters(SOMATIC);
        params.put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com");
        params.put("aws_region", "us-east-1");
        return DefaultRunSetting.builder().workflowId("1234567").roleArn("arn:aws:iam::123456789012:role/OmicsRole")
                .outputUri("s3://my-bucket/results/").storageType("DYNAMIC").parameters(params)
                .runTags(Map.of("project", "somatic")).build();
    }

    public static InlineSetting run(String id) {
        ObjectNode params = Json.mapper().createObjectNode();
        params.put("tumor_reads", "s3://my-bucket/" + id + "/tumor.bam");
        params.put("tumor_reads_index", "s3://my-bucket/" + id + "/tumor.bai");
        return InlineSetting.builder().runSettingId(id).name("somatic-" + id).parameters(params).build();
    }

    public static List<InlineSetting> runs(int count) {
        List<InlineSetting> runs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            runs.add(run(String.format("sample-%06d", i)));
        }
        return runs;
    }

    /** A valid draft of {@code count} somatic runs. */
    public static BatchDraft somaticDraft(int count) {
        return BatchDraft.empty().withBatchName("somatic batch").withTags(Map.of("cost-center", "onc"))
                .withDefaultRunSetting(somaticDefaults()).withRuns(runs(count));
    }
}
