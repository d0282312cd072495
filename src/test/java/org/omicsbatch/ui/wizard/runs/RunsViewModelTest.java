package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.ui.components.runs.RunColumn;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

class RunsViewModelTest {
    private DraftState state;
    private RunsViewModel runs;
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    @BeforeEach
    void draftWithTwoRuns() throws Exception {
        state = new DraftState();
        state.workflowProperty().set(new WorkflowDetails("1234567", "rnaseq", null, "PRIVATE", "ACTIVE", null, "NEXTFLOW",
                null, null, Json.mapper().readTree("{\"input\":{\"description\":\"sheet\"},\"fastq_1\":{}}"), null));
        state.update(d -> d.withDefaultRunSetting(DefaultRunSetting.builder().name("rnaseq-run").priority(10)
                .parameters(JsonNodeFactory.instance.objectNode().put("genome", "GRCh38")).runTags(Map.of("project", "p1"))
                .build()).withRuns(List.of(
                        InlineSetting.builder().runSettingId("WT_REP1").build(),
                        InlineSetting.builder().runSettingId("WT_REP2").priority(50).build())));
        runs = new RunsViewModel(state, executor);
    }

    @Test
    void showsTheDraftsRunsWithAColumnPerTemplateParameter() {
        assertThat(runs.runCountProperty().get()).isEqualTo(2);
        assertThat(runs.model().columnIndex("param:input")).isPositive();
        assertThat(runs.model().columnIndex("param:fastq_1")).isPositive();
    }

    @Test
    void emptyCellsShowWhatTheRunInherits() {
        assertThat(runs.defaultFor(RunColumn.member(RunColumn.Kind.NAME))).isEqualTo("rnaseq-run");
        assertThat(runs.defaultFor(RunColumn.member(RunColumn.Kind.PRIORITY))).isEqualTo("10");
        assertThat(runs.defaultFor(RunColumn.parameter("genome", RunColumn.ValueType.TEXT))).isEqualTo("GRCh38");
        assertThat(runs.defaultFor(RunColumn.tag("project"))).isEqualTo("p1");
    }

    @Test
    void editsReachTheDraftWhenCommittedAndUndoTakesThemBack() {
        int fastq = runs.model().columnIndex("param:fastq_1");
        runs.editor().setCell(0, fastq, "s3://bucket/WT_REP1_R1.fastq.gz");
        assertThat(runs.canUndoProperty().get()).isTrue();
        assertThat(runs.undoTextProperty().get()).isEqualTo("Undo edit param:fastq_1");
        runs.commitToDraft();
        assertThat(state.draft().runs().get(0).parameters().get("fastq_1").asText()).isEqualTo("s3://bucket/WT_REP1_R1.fastq.gz");
        runs.undo();
        runs.commitToDraft();
        assertThat(state.draft().runs().get(0).parameters()).isNull();
        assertThat(runs.canRedoProperty().get()).isTrue();
    }

    @Test
    void committingDoesNotReloadTheTableNorForgetUndo() {
        runs.editor().setCell(1, 1, "renamed");
        runs.commitToDraft();
        assertThat(runs.canUndoProperty().get()).isTrue();
    }

    @Test
    void aLargeTableIsConvertedFromACopyAndOnlyTheNewestResultIsApplied() {
        List<InlineSetting> many = moreRunsThanTheFxThreadConverts();
        state.update(d -> d.withRuns(many));
        runs.editor().setCell(RunsViewModel.SYNC_COMMIT_ROWS, 1, "last");
        runs.commitSoon();
        assertThat(state.draft().runs().get(RunsViewModel.SYNC_COMMIT_ROWS).name()).isEqualTo("last");
        assertThat(runs.canUndoProperty().get()).as("the write-back keeps the undo history").isTrue();
    }

    @Test
    void aDraftOpenedElsewhereReplacesTheTable() {
        state.update(d -> d.withRuns(List.of(InlineSetting.builder().runSettingId("other").build())));
        assertThat(runs.runCountProperty().get()).isEqualTo(1);
        assertThat(runs.model().get(0, 0)).isEqualTo("other");
    }

    @Test
    void cellsThatCannotBecomeValuesAreMarkedAndCounted() {
        runs.editor().setCell(0, runs.model().columnIndex("priority"), "high");
        runs.commitToDraft();
        assertThat(runs.cellProblems()).hasSize(1);
        assertThat(runs.problemAt(0, "priority")).contains("\"high\" is not a whole number");
        assertThat(runs.problemAt(1, "priority")).isNull();
    }

    @Test
    void reviewProblemsMarkTheirCellsUntilTheNextEdit() {
        runs.showReviewProblems(List.of(org.omicsbatch.plan.Problem.runError(1, "WT_REP2", "parameters.fastq_1",
                "required by the workflow")));
        assertThat(runs.problemAt(1, "param:fastq_1")).isEqualTo("required by the workflow");
        runs.editor().setCell(1, runs.model().columnIndex("param:fastq_1"), "s3://bucket/WT_REP2_R1.fastq.gz");
        assertThat(runs.problemAt(1, "param:fastq_1")).isNull();
    }

    @Test
    void goToAProblemsFieldRequestsItsCellAndAddsAMissingParameterColumn() {
        runs.goTo(1, "parameters.strandedness");
        assertThat(runs.focusRequestProperty().get()).isEqualTo(new RunsViewModel.CellRef(1, "param:strandedness"));
        assertThat(runs.model().columnIndex("param:strandedness")).isPositive();
        runs.goTo(0, "runTags.project");
        assertThat(runs.focusRequestProperty().get().columnKey()).isEqualTo("tag:project");
    }

    @Test
    void anImportReplacesTheRunsAsOneUndoStep() {
        runs.acceptImport(List.of(InlineSetting.builder().runSettingId("S1")
                .parameters(JsonNodeFactory.instance.objectNode().put("cpus", "4")).build()), List.of("cpus"), "Import samples.csv");
        assertThat(state.draft().runs()).hasSize(1);
        assertThat(runs.model().column(runs.model().columnIndex("param:cpus")).type()).isEqualTo(RunColumn.ValueType.JSON);
        assertThat(state.draft().runs().get(0).parameters().get("cpus").isNumber()).isTrue();
        runs.undo();
        runs.commitToDraft();
        assertThat(state.draft().runs()).extracting(InlineSetting::runSettingId).containsExactly("WT_REP1", "WT_REP2");
    }

    @Test
    void aLargeImportIsConvertedForTheDraftOnceOffTheFxThreadAndNotAgain() {
        List<InlineSetting> many = moreRunsThanTheFxThreadConverts();
        runs.acceptImport(many, List.of(), "Import big.csv");
        runs.commitSoon(); // what the view does shortly after any change of the table
        assertThat(state.draft().runs()).hasSize(many.size());
        assertThat(executor.titles).containsExactly("Filling the runs table");
        runs.editor().setCell(3, 1, "renamed");
        runs.commitSoon();
        assertThat(executor.titles).last().isEqualTo("Saving the runs to the draft");
        assertThat(state.draft().runs().get(3).name()).isEqualTo("renamed");
    }

    @Test
    void anImportFinishingAfterAnEditReplacesTheEditedRunsAndUndoBringsTheEditBack() {
        List<Runnable> later = new java.util.ArrayList<>();
        RunsViewModel deferred = new RunsViewModel(state, tasksRunWhenAsked(later));
        deferred.acceptImport(List.of(InlineSetting.builder().runSettingId("S1").build()), List.of(), "Import one.csv");
        deferred.editor().setCell(0, 1, "edited while importing");
        deferred.commitToDraft();
        later.forEach(Runnable::run);
        assertThat(state.draft().runs()).extracting(InlineSetting::runSettingId).containsExactly("S1");
        deferred.undo();
        deferred.commitToDraft();
        assertThat(state.draft().runs()).extracting(InlineSetting::name).containsExactly("edited while importing", null);
    }

    @Test
    void aLargeDraftIsOpenedOffTheFxThreadAndNothingIsWrittenBackMeanwhile() {
        List<InlineSetting> many = moreRunsThanTheFxThreadConverts();
        state.update(d -> d.withRuns(many));
        List<Runnable> later = new java.util.ArrayList<>();
        RunsViewModel deferred = new RunsViewModel(state, tasksRunWhenAsked(later));
        assertThat(deferred.loadingProperty().get()).isTrue();
        assertThat(deferred.model().rowCount()).isZero();
        deferred.commitSoon();
        deferred.commitToDraft();
        assertThat(state.draft().runs()).as("the empty table is not written over the draft").hasSize(many.size());
        later.forEach(Runnable::run);
        assertThat(deferred.loadingProperty().get()).isFalse();
        assertThat(deferred.model().rowCount()).isEqualTo(many.size());
        assertThat(deferred.model().get(many.size() - 1, 0)).isEqualTo("S" + RunsViewModel.SYNC_COMMIT_ROWS);
        assertThat(deferred.canUndoProperty().get()).isFalse();
    }

    @Test
    void aLargeTableIsWrittenBackOnceAtATimeAndEditsMadeMeanwhileFollow() {
        List<InlineSetting> many = moreRunsThanTheFxThreadConverts();
        state.update(d -> d.withRuns(many));
        List<Runnable> later = new java.util.ArrayList<>();
        RunsViewModel deferred = new RunsViewModel(state, tasksRunWhenAsked(later));
        later.remove(0).run(); // the draft's table
        deferred.editor().setCell(1, 1, "first");
        deferred.commitSoon();
        deferred.editor().setCell(2, 1, "second");
        deferred.commitSoon();
        assertThat(later).as("one write-back under way at a time").hasSize(1);
        later.remove(0).run();
        assertThat(state.draft().runs().get(1).name()).isEqualTo("first");
        assertThat(later).as("the edit made meanwhile follows").hasSize(1);
        later.remove(0).run();
        assertThat(state.draft().runs().get(2).name()).isEqualTo("second");
        assertThat(later).isEmpty();
    }

    /** One run more than the FX thread converts itself: a table this size goes through background tasks. */
    private static List<InlineSetting> moreRunsThanTheFxThreadConverts() {
        List<InlineSetting> many = new java.util.ArrayList<>();
        for (int i = 0; i <= RunsViewModel.SYNC_COMMIT_ROWS; i++) {
            many.add(InlineSetting.builder().runSettingId("S" + i).build());
        }
        return many;
    }

    /** An executor that queues each task in {@code later}; the test runs them when it wants to. */
    private TaskExecutor tasksRunWhenAsked(List<Runnable> later) {
        return new TaskExecutor() {
            @Override
            public <T> TaskHandle execute(BackgroundTask<T> task) {
                later.add(() -> executor.execute(task));
                return null;
            }
        };
    }
}
