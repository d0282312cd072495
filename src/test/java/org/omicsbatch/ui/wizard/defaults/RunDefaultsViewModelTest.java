package org.omicsbatch.ui.wizard.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.PreferencesStore;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.ui.PreferencesModel;
import org.omicsbatch.ui.services.PlanDraftChecks;
import org.omicsbatch.ui.wizard.DraftState;

class RunDefaultsViewModelTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/OmicsWorkflowRole";
    @TempDir
    Path home;
    private final DraftState state = new DraftState();
    private PreferencesModel preferences;
    private RunDefaultsViewModel model;

    @BeforeEach
    void open() {
        state.update(d -> d.withDefaultRunSetting(d.defaultRunSetting().toBuilder().workflowId("1234567").build()));
        preferences = new PreferencesModel(new PreferencesStore(home));
        model = new RunDefaultsViewModel(state, new PlanDraftChecks(), preferences);
    }

    @Test
    void theMissingRoleArnIsAnErrorUntilOneIsTyped() {
        assertThat(model.messageFor("defaultRunSetting.roleArn").get()).startsWith("required");
        assertThat(model.completeProperty().get()).isFalse();
        model.roleArnProperty().set(ROLE);
        assertThat(model.messageFor("defaultRunSetting.roleArn").get()).isEmpty();
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(state.draft().defaultRunSetting().roleArn()).isEqualTo(ROLE);
    }

    @Test
    void anOutputUriWithoutS3SchemeIsNamedAsTheUserTypes() {
        model.roleArnProperty().set(ROLE);
        model.outputUriProperty().set("results/run1");
        assertThat(model.messageFor("defaultRunSetting.outputUri").get()).contains("must begin with s3://");
        assertThat(model.completeProperty().get()).isFalse();
        model.outputUriProperty().set("s3://results/run1/");
        assertThat(model.completeProperty().get()).isTrue();
    }

    @Test
    void aPriorityThatIsNotAWholeNumberIsNamedByTheFormAndNotStored() {
        model.roleArnProperty().set(ROLE);
        model.priorityProperty().set("10");
        model.priorityProperty().set("high");
        assertThat(model.messageFor("defaultRunSetting.priority").get()).isEqualTo("\"high\" is not a whole number.");
        assertThat(state.draft().defaultRunSetting().priority()).isEqualTo(10);
        assertThat(model.completeProperty().get()).isFalse();
        assertThat(model.priorityProperty().get()).as("the typed text stays for fixing").isEqualTo("high");
    }

    @Test
    void aPriorityOutOfTheServicesRangeIsNamedByTheCore() {
        model.roleArnProperty().set(ROLE);
        model.priorityProperty().set("100001");
        assertThat(model.messageFor("defaultRunSetting.priority").get()).isEqualTo("must be 0–100000 (is 100001)");
    }

    @Test
    void everyChoiceGoesIntoTheDraftAndNullMeansTheServiceDefault() {
        model.storageTypeProperty().set("STATIC");
        model.retentionModeProperty().set("REMOVE");
        model.logLevelProperty().set("ALL");
        model.networkingModeProperty().set("VPC");
        model.configurationNameProperty().set("lab-vpc");
        model.nameProperty().set("fastqc-run");
        model.outputBucketOwnerIdProperty().set("123456789012");
        var d = state.draft().defaultRunSetting();
        assertThat(d.storageType()).isEqualTo("STATIC");
        assertThat(d.retentionMode()).isEqualTo("REMOVE");
        assertThat(d.logLevel()).isEqualTo("ALL");
        assertThat(d.networkingMode()).isEqualTo("VPC");
        assertThat(d.configurationName()).isEqualTo("lab-vpc");
        assertThat(d.name()).isEqualTo("fastqc-run");
        assertThat(d.outputBucketOwnerId()).isEqualTo("123456789012");
        model.logLevelProperty().set(null);
        assertThat(state.draft().defaultRunSetting().logLevel()).isNull();
    }

    @Test
    void cacheBehaviourWithoutARunCacheIsAnError() {
        model.roleArnProperty().set(ROLE);
        model.cacheBehaviorProperty().set("CACHE_ALWAYS");
        assertThat(model.hasCacheProperty().get()).isFalse();
        assertThat(model.messageFor("defaultRunSetting.cacheBehavior").get()).contains("needs cacheId");
    }

    @Test
    void runTagsAndBatchTagsAreKeptApartAndADuplicateKeyIsNamed() {
        model.runTags().add();
        model.runTags().entries().get(0).keyProperty().set("project");
        model.runTags().entries().get(0).valueProperty().set("cohort-7");
        model.batchTags().add();
        model.batchTags().entries().get(0).keyProperty().set("cost-centre");
        model.batchTags().entries().get(0).valueProperty().set("genomics");
        assertThat(state.draft().defaultRunSetting().runTags()).isEqualTo(Map.of("project", "cohort-7"));
        assertThat(state.draft().tags()).isEqualTo(Map.of("cost-centre", "genomics"));

        model.runTags().add();
        model.runTags().entries().get(1).keyProperty().set("project");
        assertThat(model.messageFor("defaultRunSetting.runTags").get()).contains("\"project\" appears twice");
        assertThat(model.completeProperty().get()).isFalse();
    }

    @Test
    void anOpenedDraftFillsTheForm() {
        BatchDraft opened = BatchDraft.empty().withBatchName("cohort-7").withDefaultRunSetting(
                BatchDraft.empty().defaultRunSetting().toBuilder().workflowId("1").roleArn(ROLE).priority(50)
                        .storageCapacity(2400).runTags(Map.of("a", "b")).build());
        state.draftProperty().set(opened);
        assertThat(model.roleArnProperty().get()).isEqualTo(ROLE);
        assertThat(model.priorityProperty().get()).isEqualTo("50");
        assertThat(model.storageCapacityProperty().get()).isEqualTo("2400");
        assertThat(model.batchNameProperty().get()).isEqualTo("cohort-7");
        assertThat(model.runTags().entries()).hasSize(1);
        assertThat(state.draft()).as("showing a draft does not change it").isSameAs(opened);
    }

    @Test
    void explainsTheServicesRoundingOfStaticStorage() {
        model.storageCapacityProperty().set("1300");
        assertThat(model.storageRoundingProperty().get()).contains("rounds up to 2400 GiB");
        model.storageTypeProperty().set("DYNAMIC");
        assertThat(model.storageRoundingProperty().get()).contains("ignores");
    }

    @Test
    void remembersAValidRoleArnAndOutputUriForTheNextBatch() {
        model.roleArnProperty().set(ROLE);
        model.outputUriProperty().set("s3://results/");
        model.rememberRecent();
        assertThat(preferences.get().recentRoleArns()).containsExactly(ROLE);
        assertThat(preferences.get().recentOutputUris()).containsExactly("s3://results/");
    }

    @Test
    void doesNotRememberAnInvalidOutputUri() {
        model.roleArnProperty().set(ROLE);
        model.outputUriProperty().set("results/");
        model.rememberRecent();
        assertThat(preferences.get().recentOutputUris()).isEmpty();
    }

    @Test
    void theUploadLocationForLocalFilesIsStoredAsTheDraftsSettingsUriAndCheckedAsTyped() {
        model.roleArnProperty().set(ROLE);
        model.settingsUriProperty().set("my-bucket/batches");
        assertThat(model.messageFor("omicsBatchLauncher.settingsUri").get()).contains("s3://");
        assertThat(model.completeProperty().get()).isFalse();
        model.settingsUriProperty().set("s3://my-bucket/batches/");
        assertThat(model.messageFor("omicsBatchLauncher.settingsUri").get()).isEmpty();
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(state.draft().appOrEmpty().settingsUri()).isEqualTo("s3://my-bucket/batches/");
        model.settingsUriProperty().set("");
        assertThat(state.draft().appOrEmpty().settingsUri()).isNull();
    }

    @Test
    void aDraftsUploadLocationIsShownWhenItOpens() {
        state.update(d -> d.withApp(d.appOrEmpty().withSettingsUri("s3://lab/uploads/")));
        assertThat(model.settingsUriProperty().get()).isEqualTo("s3://lab/uploads/");
    }
}
