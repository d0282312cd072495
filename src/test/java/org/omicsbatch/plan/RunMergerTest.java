package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

class RunMergerTest {

    private static DefaultRunSetting fastqToBamDefaults() {
        return DefaultRunSetting.builder().workflowId("1234567").roleArn("arn:aws:iam::123456789012:role/R")
                .name("default-name").outputUri("s3://b/default/").priority(10).outputBucketOwnerId("123456789012")
                .storageType("STATIC").storageCapacity(2400).logLevel("ALL").cacheId("42").cacheBehavior("CACHE_ALWAYS")
                .parameters(TestData.testParameters(TestData.FASTQ_TO_BAM))
                .runTags(new LinkedHashMap<>(Map.of("project", "wgs"))).build();
    }

    @Test
    void mergesParametersShallowlyAndTheRunsKeyWins() {
        ObjectNode runParams = Json.mapper().createObjectNode().put("sample_name", "NA12878").put("extra", 1);
        EffectiveRun run = RunMerger.merge(fastqToBamDefaults(), InlineSetting.builder().runSettingId("r")
                .parameters(runParams).build(), 0);
        assertThat(run.settings().parameters().get("sample_name").asText()).isEqualTo("NA12878");
        assertThat(run.settings().parameters().get("fastq_pairs").size()).isEqualTo(4);
        assertThat(run.provenanceOfParameter("sample_name")).isEqualTo(Provenance.RUN);
        assertThat(run.provenanceOfParameter("fastq_pairs")).isEqualTo(Provenance.DEFAULT);
        assertThat(run.provenanceOfParameter("extra")).isEqualTo(Provenance.RUN);
        assertThat(run.settings().parameters().fieldNames()).toIterable().containsExactly("sample_name", "fastq_pairs", "extra");
    }

    @Test
    void replacesAnArrayOrObjectParameterWholeNeverElementByElement() {
        ObjectNode runParams = Json.mapper().createObjectNode();
        runParams.putArray("fastq_pairs").addObject().put("read_group", "only-one");
        runParams.putObject("options").put("b", 2);
        DefaultRunSetting defaults = fastqToBamDefaults();
        ((ObjectNode) defaults.parameters()).putObject("options").put("a", 1);
        EffectiveRun run = RunMerger.merge(defaults, InlineSetting.builder().runSettingId("r").parameters(runParams).build(), 0);
        assertThat(run.settings().parameters().get("fastq_pairs").size()).isEqualTo(1);
        assertThat(run.settings().parameters().get("options").has("a")).isFalse();
        assertThat(run.settings().parameters().get("options").get("b").asInt()).isEqualTo(2);
    }

    @Test
    void mergesRunTagsByKeyAndTheRunsValueWins() {
        EffectiveRun run = RunMerger.merge(fastqToBamDefaults(), InlineSetting.builder().runSettingId("r")
                .runTags(Map.of("project", "wgs-2", "sample", "NA12878")).build(), 0);
        assertThat(run.settings().runTags()).containsExactly(Map.entry("project", "wgs-2"), Map.entry("sample", "NA12878"));
        assertThat(run.provenanceOfTag("project")).isEqualTo(Provenance.RUN);
        assertThat(run.provenanceOfTag("sample")).isEqualTo(Provenance.RUN);
    }

    @Test
    void replacesNameOutputUriPriorityAndOutputBucketOwnerIdWithTheRunsValues() {
        EffectiveRun run = RunMerger.merge(fastqToBamDefaults(), InlineSetting.builder().runSettingId("r").name("n")
                .outputUri("s3://b/run/").priority(0).outputBucketOwnerId("210987654321").build(), 0);
        assertThat(run.settings().name()).isEqualTo("n");
        assertThat(run.settings().outputUri()).isEqualTo("s3://b/run/");
        assertThat(run.settings().priority()).isZero();
        assertThat(run.settings().outputBucketOwnerId()).isEqualTo("210987654321");
        for (String member : RunMembers.REPLACED_BY_RUN) {
            assertThat(run.provenanceOf(member)).as(member).isEqualTo(Provenance.RUN);
        }
    }

    @Test
    void takesEveryOtherMemberFromTheDefaultAndKeepsDefaultsTheRunLeavesOut() {
        EffectiveRun run = RunMerger.merge(fastqToBamDefaults(), InlineSetting.builder().runSettingId("r").build(), 3);
        DefaultRunSetting merged = run.settings();
        assertThat(merged.workflowId()).isEqualTo("1234567");
        assertThat(merged.storageCapacity()).isEqualTo(2400);
        assertThat(merged.cacheBehavior()).isEqualTo("CACHE_ALWAYS");
        assertThat(merged.name()).isEqualTo("default-name");
        assertThat(merged.priority()).isEqualTo(10);
        assertThat(run.index()).isEqualTo(3);
        assertThat(run.memberProvenance().values()).containsOnly(Provenance.DEFAULT);
        assertThat(run.provenanceOf("configurationName")).isNull();
        assertThat(run.provenanceOf("parameters")).isEqualTo(Provenance.DEFAULT);
    }

    @Test
    void keepsAJsonNullOverrideAsGiven() throws Exception {
        InlineSetting override = Json.mapper().readValue(
                "{\"runSettingId\":\"r\",\"parameters\":{\"sample_name\":null}}", InlineSetting.class);
        EffectiveRun run = RunMerger.merge(fastqToBamDefaults(), override, 0);
        assertThat(run.settings().parameters().get("sample_name").isNull()).isTrue();
        assertThat(run.provenanceOfParameter("sample_name")).isEqualTo(Provenance.RUN);
    }

    @Test
    void aWholeNullParametersMemberMergesNoKeys() throws Exception {
        InlineSetting override = Json.mapper().readValue("{\"runSettingId\":\"r\",\"parameters\":null}", InlineSetting.class);
        EffectiveRun run = RunMerger.merge(fastqToBamDefaults(), override, 0);
        assertThat(run.settings().parameters().get("sample_name").asText()).isEqualTo("ERR194159-30x");
        assertThat(run.provenanceOf("parameters")).isEqualTo(Provenance.DEFAULT);
    }

    @Test
    void neverShowsBatchTagsAsRunTags() {
        BatchDraft draft = TestData.somaticDraft(2).withTags(Map.of("cost-center", "onc"));
        for (EffectiveRun run : RunMerger.mergeAll(draft)) {
            assertThat(run.settings().runTags()).containsOnlyKeys("project");
            assertThat(run.tagProvenance()).containsOnlyKeys("project");
        }
    }

    @Test
    void mergesWithoutDefaultParametersOrTags() {
        DefaultRunSetting bare = DefaultRunSetting.builder().workflowId("1").roleArn("arn:x").build();
        EffectiveRun run = RunMerger.merge(bare, TestData.run("a"), 0);
        assertThat(run.settings().parameters().size()).isEqualTo(2);
        assertThat(run.settings().runTags()).isNull();
        assertThat(run.provenanceOf("runTags")).isNull();
        assertThat(RunMerger.merge(bare, InlineSetting.builder().runSettingId("b").build(), 1).settings().parameters()).isNull();
    }
}
