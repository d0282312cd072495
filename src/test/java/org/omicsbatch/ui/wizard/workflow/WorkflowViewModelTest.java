package org.omicsbatch.ui.wizard.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.aws.RunCacheSummary;
import org.omicsbatch.aws.RunGroupSummary;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.testing.InMemoryCatalog;
import org.omicsbatch.ui.testing.TestConnection;
import org.omicsbatch.ui.wizard.DraftState;

class WorkflowViewModelTest {
    private static final String FASTQC = "aws-samples-amazon-omics-tutorials_nf-core_fastqc_parameter-template.json";
    private static final String RNASEQ = "aws-samples-amazon-omics-tutorials_nf-core_rnaseq_parameter-template.json";
    private final InMemoryCatalog catalog = new InMemoryCatalog()
            .add("1234567", "nf-core-fastqc", "PRIVATE", null, FASTQC, "1.0", "1.1")
            .add("7654321", "nf-core-rnaseq", "PRIVATE", "999988887777", RNASEQ)
            .add("9000001", "Ready2Run GATK", "READY2RUN", null, null);
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final DraftState state = new DraftState();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private WorkflowViewModel model;

    @BeforeEach
    void connect() {
        catalog.runGroups.add(new RunGroupSummary("5550001", "nightly", 256, 20, 1440, null));
        catalog.runCaches.add(new RunCacheSummary("4440001", "shared-cache", "ACTIVE", "CACHE_ON_FAILURE",
                "s3://cache-bucket/"));
        connection.set(new TestConnection("111122223333", catalog));
        model = new WorkflowViewModel(executor, connection, state);
        model.load();
    }

    @Test
    void listsWorkflowsRunGroupsAndCachesOncePerConnection() {
        assertThat(model.workflows()).extracting(w -> w.name())
                .containsExactly("nf-core-fastqc", "nf-core-rnaseq", "Ready2Run GATK");
        assertThat(model.runGroups()).hasSize(2);
        assertThat(model.runCaches()).hasSize(2);
        model.load();
        assertThat(catalog.calls).filteredOn("ListWorkflows"::equals).hasSize(1);
        assertThat(executor.titles).contains("Listing workflows");
    }

    @Test
    void searchFiltersByNameIdOrDescription() {
        model.searchProperty().set("RNA");
        assertThat(model.visibleWorkflows()).extracting(w -> w.id()).containsExactly("7654321");
        model.searchProperty().set("1234");
        assertThat(model.visibleWorkflows()).extracting(w -> w.id()).containsExactly("1234567");
        model.searchProperty().set("");
        assertThat(model.visibleWorkflows()).hasSize(3);
    }

    @Test
    void ready2RunIsListedButCannotBeChosen() {
        var ready2run = catalog.workflows.get("9000001");
        assertThat(WorkflowViewModel.isSelectable(ready2run)).isFalse();
        model.workflowProperty().set(ready2run);
        assertThat(state.workflowProperty().get()).isNull();
        assertThat(model.completeProperty().get()).isFalse();
    }

    @Test
    void choosingAWorkflowPutsItsIdsAndTemplateIntoTheDraft() {
        model.workflowProperty().set(catalog.workflows.get("1234567"));
        assertThat(model.versions()).extracting(Object::toString)
                .containsExactly("Default (no version)", "1.0 — ACTIVE", "1.1 — ACTIVE");
        model.versionProperty().set(model.versions().get(2));

        var defaults = state.draft().defaultRunSetting();
        assertThat(defaults.workflowId()).isEqualTo("1234567");
        assertThat(defaults.workflowType()).isEqualTo("PRIVATE");
        assertThat(defaults.workflowVersionName()).isEqualTo("1.1");
        assertThat(defaults.workflowOwnerId()).isNull();
        assertThat(state.workflowProperty().get().parameterTemplate().has("fasta")).isTrue();
        assertThat(state.draft().appOrEmpty().workflow().path("parameterTemplate").has("input")).isTrue();
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(catalog.calls).contains("GetWorkflow 1234567 1.1");
    }

    @Test
    void aWorkflowSharedByAnotherAccountRecordsItsOwner() {
        model.workflowProperty().set(catalog.workflows.get("7654321"));
        assertThat(state.draft().defaultRunSetting().workflowOwnerId()).isEqualTo("999988887777");
    }

    @Test
    void runGroupAndRunCacheGoIntoTheDefaults() {
        model.runGroupProperty().set(model.runGroups().get(1));
        model.runCacheProperty().set(model.runCaches().get(1));
        assertThat(state.draft().defaultRunSetting().runGroupId()).isEqualTo("5550001");
        assertThat(state.draft().defaultRunSetting().cacheId()).isEqualTo("4440001");
        model.runCacheProperty().set(WorkflowChoices.RunCacheChoice.NONE);
        assertThat(state.draft().defaultRunSetting().cacheId()).isNull();
    }

    @Test
    void anOpenedDraftGetsItsWorkflowBackWithoutAConnection() {
        var details = catalog.getWorkflow("1234567", "1.0");
        BatchDraft saved = BatchDraft.empty()
                .withDefaultRunSetting(BatchDraft.empty().defaultRunSetting().toBuilder().workflowId("1234567")
                        .workflowVersionName("1.0").build())
                .withApp(DraftAppData.EMPTY.withWorkflow(details.raw()));
        DraftState other = new DraftState();
        new WorkflowViewModel(new DirectTaskExecutor(), new SimpleObjectProperty<>(), other);
        other.draftProperty().set(saved);
        assertThat(other.workflowProperty().get().id()).isEqualTo("1234567");
        assertThat(other.workflowProperty().get().versionName()).isEqualTo("1.0");
        assertThat(other.workflowProperty().get().parameterTemplate().size()).isEqualTo(4);
    }

    @Test
    void anOpenedDraftSelectsItsWorkflowAndVersionInTheLists() {
        BatchDraft saved = BatchDraft.empty().withDefaultRunSetting(BatchDraft.empty().defaultRunSetting()
                .toBuilder().workflowId("1234567").workflowVersionName("1.0").build());
        state.draftProperty().set(saved);
        assertThat(model.workflowProperty().get().id()).isEqualTo("1234567");
        assertThat(model.versionProperty().get().versionName()).isEqualTo("1.0");
    }

    @Test
    void aNewDraftClearsTheChoiceAndAnotherConnectionListsAgain() {
        model.workflowProperty().set(catalog.workflows.get("1234567"));
        state.draftProperty().set(BatchDraft.empty());
        assertThat(model.workflowProperty().get()).isNull();

        connection.set(new TestConnection("444455556666", catalog));
        assertThat(model.workflows()).isEmpty();
        model.load();
        assertThat(catalog.calls).filteredOn("ListWorkflows"::equals).hasSize(2);
        assertThat(model.workflows()).hasSize(3);
    }
}
