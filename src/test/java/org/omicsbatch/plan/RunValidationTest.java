package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.plan.ProblemAssert.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

/** Rules on each run: its own members, the merged result, and the workflow's parameter template. */
class RunValidationTest {
    @TempDir
    Path dir;

    /** Three somatic runs with the second one changed. */
    private static BatchDraft withSecondRun(UnaryOperator<InlineSetting.Builder> change) {
        BatchDraft draft = TestData.somaticDraft(3);
        List<InlineSetting> runs = new ArrayList<>(draft.runs());
        runs.set(1, change.apply(runs.get(1).toBuilder()).build());
        return draft.withRuns(runs);
    }

    @Test
    void requiresARunSettingIdOnEveryRun() {
        Problem p = validate(withSecondRun(b -> b.runSettingId(null))).error("runSettingId", 1);
        assertThat(p.runSettingId()).isNull();
        assertThat(p.format("d.json")).startsWith("d.json: run <no runSettingId> (#1): runSettingId: required");
    }

    @Test
    void rejectsDuplicateRunSettingIdNamingBothRuns() {
        BatchDraft draft = withSecondRun(b -> b.runSettingId("sample-000000"));
        Problem p = validate(draft).error("runSettingId", 1);
        assertThat(p.message()).isEqualTo("\"sample-000000\" is also the id of run #0: each runSettingId must be unique in the batch");
        assertThat(p.format("d.json")).startsWith("d.json: run sample-000000 (#1): runSettingId:");
    }

    @Test
    void runSettingIdIsPrintableAndAtMost128Characters() {
        validate(withSecondRun(b -> b.runSettingId("x".repeat(129)))).error("runSettingId", 1);
        validate(withSecondRun(b -> b.runSettingId("a\u0007b"))).error("runSettingId", 1);
        validate(withSecondRun(b -> b.runSettingId(""))).error("runSettingId", 1);
        validate(withSecondRun(b -> b.runSettingId("Patient 7 / Tumör"))).none();
    }

    @Test
    void runNameOutputUriPriorityAndBucketOwnerFollowTheModel() {
        validate(withSecondRun(b -> b.name("n".repeat(129)))).error("name", 1);
        validate(withSecondRun(b -> b.outputUri("https://bucket/out"))).error("outputUri", 1);
        validate(withSecondRun(b -> b.priority(100_001))).error("priority", 1);
        validate(withSecondRun(b -> b.priority(-1))).error("priority", 1);
        validate(withSecondRun(b -> b.outputBucketOwnerId("12345"))).error("outputBucketOwnerId", 1);
        validate(withSecondRun(b -> b.name("n").outputUri("s3://b/x/").priority(5).outputBucketOwnerId("123456789012"))).none();
    }

    @Test
    void runParametersMustBeAnObject() {
        validate(withSecondRun(b -> b.parameters(Json.mapper().getNodeFactory().textNode("tumor.bam")))).error("parameters", 1);
    }

    @Test
    void warnsAboutJsonNullOverridesAndKeepsThem() {
        ObjectNode params = Json.mapper().createObjectNode().putNull("gnomad");
        ProblemAssert p = validate(withSecondRun(b -> b.parameters(params)));
        p.noErrors();
        assertThat(p.warning("parameters.gnomad", 1).message()).contains("sent as given");
        validate(withSecondRun(b -> b.parameters(Json.mapper().nullNode()))).warning("parameters", 1);
        Map<String, String> nullTag = new java.util.HashMap<>();
        nullTag.put("project", null);
        validate(withSecondRun(b -> b.runTags(nullTag))).warning("runTags.project", 1);
    }

    @Test
    void checksRunTagLimitsOnTheMergedTags() {
        validate(withSecondRun(b -> b.runTags(Map.of("k".repeat(129), "v")))).error("runTags", 1);
        validate(withSecondRun(b -> b.runTags(Map.of("sample", "v".repeat(257))))).error("runTags.sample", 1);
        validate(withSecondRun(b -> b.runTags(Map.of("project", "override")))).none();
    }

    @Test
    void everyMergedRunNeedsAnOutputUri() {
        BatchDraft draft = TestData.somaticDraft(2);
        draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().outputUri(null).build());
        List<InlineSetting> runs = new ArrayList<>(draft.runs());
        runs.set(0, runs.get(0).toBuilder().outputUri("s3://b/only-run-0/").build());
        ProblemAssert p = validate(draft.withRuns(runs));
        assertThat(p.error("outputUri", 1).message()).contains("StartRun needs it");
        assertThat(p.all()).filteredOn(x -> Integer.valueOf(0).equals(x.runIndex())).isEmpty();
    }

    @Test
    void requiresEveryNonOptionalTemplateParameterInEachRun() {
        BatchDraft draft = TestData.somaticDraft(2);
        ObjectNode defaults = TestData.testParameters(TestData.SOMATIC);
        draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().parameters(defaults).build());
        List<InlineSetting> runs = new ArrayList<>(draft.runs());
        ObjectNode run1 = runs.get(1).parameters().deepCopy();
        run1.put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com");
        runs.set(1, runs.get(1).toBuilder().parameters(run1).build());
        ProblemAssert p = validate(draft.withRuns(runs), TestData.template(TestData.SOMATIC));
        assertThat(p.error("parameters.ecr_registry", 0).message()).contains("required by the workflow");
        p.error("parameters.aws_region", 0);
        p.error("parameters.aws_region", 1);
        assertThat(p.count(Problem.Severity.ERROR)).isEqualTo(3);
    }

    @Test
    void aTemplateEntryWithoutOptionalIsRequired() {
        JsonNode fastqc = TestData.template(TestData.FASTQC);
        BatchDraft draft = TestData.somaticDraft(1);
        ObjectNode params = Json.mapper().createObjectNode().put("input", "s3://b/sheet.csv");
        draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().parameters(params).build())
                .withRuns(List.of(InlineSetting.builder().runSettingId("r").build()));
        ProblemAssert p = validate(draft, fastqc);
        p.error("parameters.fasta", 0);
        p.error("parameters.ecr_registry", 0);
        assertThat(p.all()).noneMatch(x -> x.field().equals("parameters.aws_region"));
    }

    @Test
    void warnsAboutUnknownParameterNamesWithTheClosestKnownName() {
        ObjectNode params = Json.mapper().createObjectNode().put("tumour_reads", "s3://b/t.bam").put("zzz", 1);
        ProblemAssert p = validate(withSecondRun(b -> b.parameters(params)), TestData.template(TestData.SOMATIC));
        assertThat(p.warning("parameters.tumour_reads", 1).message()).contains("did you mean \"tumor_reads\"?");
        assertThat(p.warning("parameters.zzz", 1).message()).doesNotContain("did you mean");
    }

    @Test
    void reportsARunsOwnParametersInTheOrderOfTheMergedRunAndNoneOfTheDefaults() {
        BatchDraft draft = TestData.somaticDraft(1);
        ObjectNode defaults = Json.mapper().createObjectNode().put("tumour_bam", "d").put("normal_reads", "file:/no/d.bam");
        ObjectNode own = Json.mapper().createObjectNode().put("zzz", "file:/no/z.bam").put("tumour_bam", "file:/no/t.bam");
        draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().parameters(defaults).build())
                .withRuns(List.of(InlineSetting.builder().runSettingId("r").parameters(own).build()));
        ObjectNode template = Json.mapper().createObjectNode();
        template.putObject("normal_reads").put("optional", true);
        template.putObject("reference").put("optional", false);
        List<String> runFields = DraftValidator.validate(draft, template).stream().filter(x -> x.runIndex() != null)
                .map(x -> x.severity() + " " + x.field()).toList();
        // merged order: tumour_bam (the default's place, the run's value), normal_reads (default), zzz (run)
        assertThat(runFields).containsExactly("ERROR parameters.reference", "WARNING parameters.tumour_bam",
                "WARNING parameters.zzz", "WARNING parameters.tumour_bam", "WARNING parameters.zzz");
        RunMerger.merge(draft.defaultRunSetting(), draft.runs().get(0), 0).parameterProvenance().keySet()
                .forEach(name -> assertThat(name).isIn("tumour_bam", "normal_reads", "zzz"));
    }

    @Test
    void warnsOnceAboutUnknownDefaultParameters() {
        BatchDraft draft = TestData.somaticDraft(3);
        ObjectNode params = ((ObjectNode) draft.defaultRunSetting().parameters()).deepCopy().put("gnomad_index", "s3://b/x.tbi");
        draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().parameters(params).build());
        ProblemAssert p = validate(draft, TestData.template(TestData.SOMATIC));
        assertThat(p.warning("defaultRunSetting.parameters.gnomad_index").message()).contains("did you mean \"gnomad_idx\"?");
        assertThat(p.all()).hasSize(1);
    }

    @Test
    void acceptsAGetWorkflowReplyOrABareTemplateAndReportsAnythingElse() {
        ObjectNode reply = Json.mapper().createObjectNode().put("id", "1234567").put("name", "somatic");
        reply.set("parameterTemplate", TestData.template(TestData.SOMATIC));
        validate(TestData.somaticDraft(2), reply).none();
        validate(TestData.somaticDraft(2), TestData.template(TestData.RNASEQ)).error("parameters.input", 0);
        assertThat(validate(TestData.somaticDraft(1), TestData.testParameters(TestData.SOMATIC)).error("workflow").message())
                .contains("GetWorkflow reply");
    }

    @Test
    void neverInventsTypesFromTheTemplate() {
        ObjectNode params = Json.mapper().createObjectNode().put("run_malt", "yes").put("run_motus", 1);
        BatchDraft draft = TestData.somaticDraft(1);
        ObjectNode defaults = TestData.testParameters(TestData.TAXPROFILER);
        defaults.put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com");
        draft = draft.withDefaultRunSetting(draft.defaultRunSetting().toBuilder().parameters(defaults).build())
                .withRuns(List.of(InlineSetting.builder().runSettingId("r").parameters(params).build()));
        validate(draft, TestData.template(TestData.TAXPROFILER)).none();
    }

    @Test
    void warnsThatLocalFilesWillBeUploadedAndRefusesMissingOnes() throws Exception {
        Files.writeString(dir.resolve("sheet-a.csv"), "sample,fastq_1\n");
        ObjectNode present = Json.mapper().createObjectNode().put("input", "file:sheet-a.csv");
        BatchDraft draft = withSecondRun(b -> b.parameters(present));
        List<Problem> problems = DraftValidator.validate(draft, null, dir, Progress.NONE);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.field()).isEqualTo("parameters.input");
            assertThat(p.message()).contains(dir.resolve("sheet-a.csv").toString()).contains("will be uploaded");
        });
        ObjectNode missing = Json.mapper().createObjectNode().put("input", "file:no-such.csv");
        List<Problem> errors = DraftValidator.validate(withSecondRun(b -> b.parameters(missing)), null, dir, Progress.NONE);
        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message()).startsWith("local file not found"));
        validate(withSecondRun(b -> b.parameters(missing))).warning("parameters.input", 1);
    }

    @Test
    void findsLocalFilesNestedInArraysAndObjects() {
        ObjectNode params = Json.mapper().createObjectNode();
        params.putArray("fastq_pairs").addObject().put("read_group", "L001").put("fastq_1", "file:/no/such/R1.fastq.gz");
        List<Problem> problems = DraftValidator.validate(withSecondRun(b -> b.parameters(params)), null, dir, Progress.NONE);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("parameters.fastq_pairs[0].fastq_1");
            assertThat(p.message()).isEqualTo("local file not found: /no/such/R1.fastq.gz");
        });
    }

    @Test
    void validationCanBeCancelled() {
        Progress cancelled = Progress.cancelledWhen(() -> true);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DraftValidator.validate(TestData.somaticDraft(10), null, null, cancelled))
                .isInstanceOf(Progress.Cancelled.class);
    }
}
