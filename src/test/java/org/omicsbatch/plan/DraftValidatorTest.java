package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.plan.ProblemAssert.validate;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/** One test per service rule on the batch and its defaults; run rules are in {@link RunValidationTest}. */
class DraftValidatorTest {

    private static BatchDraft withDefaults(UnaryOperator<DefaultRunSetting.Builder> change) {
        BatchDraft draft = TestData.somaticDraft(3);
        return draft.withDefaultRunSetting(change.apply(draft.defaultRunSetting().toBuilder()).build());
    }

    @Test
    void aCompleteDraftOfTheSomaticWorkflowHasNoProblems() {
        validate(TestData.somaticDraft(3), TestData.template(TestData.SOMATIC)).none();
    }

    @Test
    void requiresDefaultRunSettingWithWorkflowIdAndRoleArn() {
        validate(TestData.somaticDraft(1).withDefaultRunSetting(null)).error("defaultRunSetting");
        ProblemAssert p = validate(withDefaults(b -> b.workflowId(null).roleArn(null)));
        assertThat(p.error("defaultRunSetting.workflowId").message()).startsWith("required");
        assertThat(p.error("defaultRunSetting.roleArn").message()).startsWith("required");
    }

    @Test
    void workflowIdMustBeOneToEighteenDigits() {
        assertThat(validate(withDefaults(b -> b.workflowId("wf-123"))).error("defaultRunSetting.workflowId").message())
                .isEqualTo("\"wf-123\" must hold digits only");
        validate(withDefaults(b -> b.workflowId("1234567890123456789"))).error("defaultRunSetting.workflowId");
        validate(withDefaults(b -> b.workflowId(""))).error("defaultRunSetting.workflowId");
    }

    @Test
    void refusesReady2RunAndUnknownWorkflowTypes() {
        assertThat(validate(withDefaults(b -> b.workflowType("READY2RUN"))).error("defaultRunSetting.workflowType")
                .message()).contains("batches do not support READY2RUN");
        assertThat(validate(withDefaults(b -> b.workflowType("SHARED"))).error("defaultRunSetting.workflowType")
                .message()).isEqualTo("\"SHARED\" is not one of PRIVATE, READY2RUN");
        validate(withDefaults(b -> b.workflowType("PRIVATE"))).none();
    }

    @Test
    void roleArnMustBeAnArnOfAtMost128Characters() {
        validate(withDefaults(b -> b.roleArn("OmicsRole"))).error("defaultRunSetting.roleArn");
        validate(withDefaults(b -> b.roleArn("arn:aws:iam::123456789012:role/" + "r".repeat(100))))
                .error("defaultRunSetting.roleArn");
    }

    @Test
    void runNameMustBePrintableAndAtMost128Characters() {
        assertThat(validate(withDefaults(b -> b.name("tumor\tnormal"))).error("defaultRunSetting.name").message())
                .contains("\\u0009").contains("printable");
        validate(withDefaults(b -> b.name("n".repeat(129)))).error("defaultRunSetting.name");
        validate(withDefaults(b -> b.name("Tumör–normal · 2024 (ü)"))).none();
    }

    @Test
    void cacheIdIsNumericAndCacheBehaviorNeedsIt() {
        validate(withDefaults(b -> b.cacheId("cache-1"))).error("defaultRunSetting.cacheId");
        validate(withDefaults(b -> b.cacheId("42").cacheBehavior("CACHE_SOMETIMES"))).error("defaultRunSetting.cacheBehavior");
        assertThat(validate(withDefaults(b -> b.cacheBehavior("CACHE_ALWAYS"))).error("defaultRunSetting.cacheBehavior")
                .message()).startsWith("needs cacheId");
        validate(withDefaults(b -> b.cacheId("42").cacheBehavior("CACHE_ON_FAILURE"))).none();
    }

    @Test
    void runGroupIdIsNumeric() {
        validate(withDefaults(b -> b.runGroupId("group-a"))).error("defaultRunSetting.runGroupId");
        validate(withDefaults(b -> b.runGroupId("9876543"))).none();
    }

    @Test
    void priorityIsZeroTo100000() {
        assertThat(validate(withDefaults(b -> b.priority(100_001))).error("defaultRunSetting.priority").message())
                .isEqualTo("must be 0–100000 (is 100001)");
        validate(withDefaults(b -> b.priority(-1))).error("defaultRunSetting.priority");
        validate(withDefaults(b -> b.priority(0))).none();
        validate(withDefaults(b -> b.priority(100_000))).none();
    }

    @Test
    void parametersMustBeAnObject() {
        assertThat(validate(withDefaults(b -> b.parameters(Json.mapper().createArrayNode().add("x"))))
                .error("defaultRunSetting.parameters").message()).contains("not a list");
    }

    @Test
    void storageCapacityIsZeroTo100000() {
        validate(withDefaults(b -> b.storageType("STATIC").storageCapacity(100_001))).error("defaultRunSetting.storageCapacity");
        validate(withDefaults(b -> b.storageType("STATIC").storageCapacity(-5))).error("defaultRunSetting.storageCapacity");
    }

    @Test
    void warnsThatStaticStorageIsRoundedUpToAMultipleOf1200GiB() {
        ProblemAssert p = validate(withDefaults(b -> b.storageType("STATIC").storageCapacity(1300)));
        assertThat(p.warning("defaultRunSetting.storageCapacity").message()).contains("2400 GiB");
        p.noErrors();
        validate(withDefaults(b -> b.storageType("STATIC").storageCapacity(4800))).none();
        assertThat(validate(withDefaults(b -> b.storageType("STATIC").storageCapacity(3000)))
                .warning("defaultRunSetting.storageCapacity").message()).contains("up to 3600 GiB (or 4800 GiB)");
    }

    @Test
    void warnsThatStorageCapacityWithoutStorageTypeMayBeIgnored() {
        ProblemAssert p = validate(withDefaults(b -> b.storageType(null).storageCapacity(100)));
        assertThat(p.warning("defaultRunSetting.storageType").message()).contains("set storageType to STATIC");
        assertThat(p.warning("defaultRunSetting.storageCapacity").message()).contains("up to 1200 GiB");
        validate(withDefaults(b -> b.storageType(null).storageCapacity(null))).none();
    }

    @Test
    void warnsThatDynamicStorageIgnoresStorageCapacity() {
        assertThat(validate(withDefaults(b -> b.storageType("DYNAMIC").storageCapacity(1200)))
                .warning("defaultRunSetting.storageCapacity").message()).contains("ignored with DYNAMIC");
    }

    @Test
    void outputUriMustBeginWithS3AndFit750Characters() {
        assertThat(validate(withDefaults(b -> b.outputUri("/home/me/results"))).error("defaultRunSetting.outputUri")
                .message()).endsWith("must begin with s3://");
        validate(withDefaults(b -> b.outputUri("s3://b/" + "x".repeat(744)))).error("defaultRunSetting.outputUri");
        validate(withDefaults(b -> b.outputUri("s3://b/" + "x".repeat(743)))).none();
    }

    @Test
    void enumMembersTakeOnlyTheModelsValues() {
        validate(withDefaults(b -> b.logLevel("DEBUG"))).error("defaultRunSetting.logLevel");
        validate(withDefaults(b -> b.retentionMode("KEEP"))).error("defaultRunSetting.retentionMode");
        validate(withDefaults(b -> b.storageType("static"))).error("defaultRunSetting.storageType");
        validate(withDefaults(b -> b.networkingMode("PUBLIC"))).error("defaultRunSetting.networkingMode");
        validate(withDefaults(b -> b.logLevel("ALL").retentionMode("RETAIN").networkingMode("VPC")
                .configurationName("my-vpc.config_1"))).none();
    }

    @Test
    void accountIdsAreTwelveDigits() {
        validate(withDefaults(b -> b.workflowOwnerId("12345678901"))).error("defaultRunSetting.workflowOwnerId");
        validate(withDefaults(b -> b.outputBucketOwnerId("1234567890123"))).error("defaultRunSetting.outputBucketOwnerId");
        assertThat(validate(withDefaults(b -> b.outputBucketOwnerId("12345678901a"))).error(
                "defaultRunSetting.outputBucketOwnerId").message()).contains("12-digit");
        validate(withDefaults(b -> b.workflowOwnerId("123456789012").outputBucketOwnerId("123456789012"))).none();
    }

    @Test
    void versionAndConfigurationNamesStartWithALetterOrDigit() {
        validate(withDefaults(b -> b.workflowVersionName("-v1"))).error("defaultRunSetting.workflowVersionName");
        validate(withDefaults(b -> b.workflowVersionName("v" + "1".repeat(64)))).error("defaultRunSetting.workflowVersionName");
        validate(withDefaults(b -> b.configurationName("my config"))).error("defaultRunSetting.configurationName");
        validate(withDefaults(b -> b.workflowVersionName("v2.1_rc-1"))).none();
    }

    @Test
    void batchNameIsPrintableAndAtMost64Characters() {
        validate(TestData.somaticDraft(1).withBatchName("b".repeat(65))).error("batchName");
        validate(TestData.somaticDraft(1).withBatchName("line\nbreak")).error("batchName");
        validate(TestData.somaticDraft(1).withBatchName("")).error("batchName");
    }

    @Test
    void requestIdIsOneTo128Characters() {
        validate(TestData.somaticDraft(1).withRequestId("")).error("requestId");
        validate(TestData.somaticDraft(1).withRequestId("r".repeat(129))).error("requestId");
        validate(TestData.somaticDraft(1).withRequestId("r".repeat(128))).none();
    }

    @Test
    void batchTagKeysAreOneTo128AndValuesAtMost256Characters() {
        validate(TestData.somaticDraft(1).withTags(Map.of("k".repeat(129), "v"))).error("tags");
        validate(TestData.somaticDraft(1).withTags(Map.of("", "v"))).error("tags");
        validate(TestData.somaticDraft(1).withTags(Map.of("k", "v".repeat(257)))).error("tags.k");
        validate(TestData.somaticDraft(1).withTags(Map.of("k".repeat(128), "v".repeat(256)))).none();
        validate(TestData.somaticDraft(1).withTags(Map.of("k", ""))).none();
    }

    @Test
    void defaultRunTagsFollowTheSameLimits() {
        validate(withDefaults(b -> b.runTags(Map.of("k", "v".repeat(257))))).error("defaultRunSetting.runTags.k");
    }

    @Test
    void batchRunSettingsNeedsExactlyOneOfInlineAndS3Uri() {
        BatchDraft draft = TestData.somaticDraft(1);
        validate(new BatchDraft(null, null, null, draft.defaultRunSetting(), null, null, null)).error("batchRunSettings");
        validate(new BatchDraft(null, null, null, draft.defaultRunSetting(),
                new BatchRunSettings(TestData.runs(1), "s3://b/x.json"), null, null)).error("batchRunSettings");
        validate(new BatchDraft(null, null, null, draft.defaultRunSetting(),
                new BatchRunSettings(null, null), null, null)).error("batchRunSettings");
    }

    @Test
    void anS3SettingsFileIsCheckedForItsUriAndSaidToBeUnchecked() {
        BatchDraft draft = TestData.somaticDraft(1);
        ProblemAssert ok = validate(draft.withRuns(List.of()).withDefaultRunSetting(draft.defaultRunSetting()));
        ok.error("batchRunSettings.inlineSettings");
        BatchDraft s3 = new BatchDraft(null, null, null, draft.defaultRunSetting(), BatchRunSettings.s3Uri("s3://b/runs.json"),
                null, null);
        ProblemAssert p = validate(s3);
        p.noErrors();
        assertThat(p.warning("batchRunSettings.s3UriSettings").message()).contains("not checked");
        validate(new BatchDraft(null, null, null, draft.defaultRunSetting(), BatchRunSettings.s3Uri("runs.json"), null, null))
                .error("batchRunSettings.s3UriSettings");
    }

    @Test
    void aBatchHoldsAtLeastOneAndAtMost100000Runs() {
        validate(TestData.somaticDraft(0)).error("batchRunSettings.inlineSettings");
        InlineSetting same = TestData.run("x");
        BatchDraft tooMany = TestData.somaticDraft(0).withRuns(java.util.Collections.nCopies(100_001, same));
        assertThat(DraftValidator.validate(tooMany, null).stream()
                .filter(p -> p.field().equals("batchRunSettings.inlineSettings") && p.isError())
                .map(Problem::message)).anyMatch(m -> m.contains("at most 100000 runs"));
    }

    @Test
    void refusesASettingsFileLargerThanTheServiceTakes() throws Exception {
        BatchDraft draft = TestData.somaticDraft(101);
        long size = SettingsFileWriter.size(draft.runs(), org.omicsbatch.task.Progress.NONE);
        List<Problem> problems = new java.util.ArrayList<>();
        DraftValidator.settingsFileSize(draft, size - 1, org.omicsbatch.task.Progress.NONE, ProblemSink.batch(problems));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains(size + " bytes"));
        problems.clear();
        DraftValidator.settingsFileSize(draft, size, org.omicsbatch.task.Progress.NONE, ProblemSink.batch(problems));
        assertThat(problems).isEmpty();
        assertThat(ServiceLimits.SETTINGS_FILE_MAX_BYTES).isEqualTo(6_000_000_000L);
    }

    @Test
    void warnsAboutMembersTheServiceDoesNotKnow() throws Exception {
        BatchDraft draft = Json.mapper().readValue("""
                {"batchName":"b","comment":"mine","defaultRunSetting":{"workflowId":"1","roleArn":"arn:aws:iam::1:role/r",
                 "outputUri":"s3://b/o/","gpus":4},
                 "batchRunSettings":{"inlineSettings":[{"runSettingId":"r1","lane":2}]},
                 "omicsBatchLauncher":{"settingsUri":"s3://b/p/"}}""", BatchDraft.class);
        ProblemAssert p = validate(draft);
        p.noErrors();
        p.warning("comment");
        p.warning("defaultRunSetting.gpus");
        assertThat(p.warning("lane", 0).message()).contains("never sent");
        assertThat(p.all()).noneMatch(x -> x.field().contains("omicsBatchLauncher"));
    }
}
