package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.samplesheet.SheetProblem;
import org.omicsbatch.ui.task.DirectTaskExecutor;

class SheetImportViewModelTest {
    private SheetImportViewModel dialog;
    @TempDir
    Path home;

    static Path rnaseqSheet() throws URISyntaxException {
        return Path.of(SheetImportViewModelTest.class.getResource("/ui/nf-core-rnaseq_assets_samplesheet.csv").toURI());
    }

    @BeforeEach
    void openTheNfCoreRnaseqSheet() throws Exception {
        dialog = new SheetImportViewModel(rnaseqSheet(), null, null, home, new DirectTaskExecutor());
        dialog.setPublisher(Runnable::run);
        dialog.load();
    }

    @Test
    void showsTheFirstRowsAndASuggestedTargetWithItsReasonPerColumn() {
        assertThat(dialog.previewProperty().get().header()).containsExactly("sample", "fastq_1", "fastq_2", "strandedness");
        assertThat(dialog.previewProperty().get().rows()).hasSize(7);
        MappingRow sample = dialog.mapping().get(0);
        assertThat(sample.targetProperty().get()).isEqualTo("runSettingId");
        assertThat(sample.reason()).contains("sample");
        assertThat(dialog.mapping().get(1).targetProperty().get()).isEqualTo("param:fastq_1");
        assertThat(dialog.mapping().get(1).example()).endsWith("AEG588A1_S1_L002_R1_001.fastq.gz");
    }

    @Test
    void groupsTheLanesOfOneSampleWhenItsIdRepeats() {
        assertThat(dialog.groupByProperty().get()).isEqualTo("sample");
        assertThat(dialog.resultProperty().get().runs()).extracting(InlineSetting::runSettingId)
                .containsExactly("control_REP1", "control_REP2", "control_REP3", "treatment_REP1", "treatment_REP2",
                        "treatment_REP3");
        assertThat(dialog.summaryProperty().get()).startsWith("6 runs from 7 rows");
        assertThat(dialog.canAccept()).isTrue();
    }

    @Test
    void theRunsTabSaysWhenItListsOnlyTheFirstRuns(@TempDir Path folder) throws Exception {
        assertThat(ImportResultsTabs.runsTitle(dialog)).isEqualTo("Which rows go to which run (6)");

        int runs = SheetImportViewModel.PREVIEW_RUNS + 20;
        StringBuilder sheet = new StringBuilder("sample,fastq_1\n");
        for (int i = 0; i < runs; i++) {
            sheet.append("S").append(i).append(",s3://bucket/S").append(i).append("_R1.fastq.gz\n");
        }
        Path file = java.nio.file.Files.writeString(folder.resolve("many.csv"), sheet);
        SheetImportViewModel many = new SheetImportViewModel(file, null, null, home, new DirectTaskExecutor());
        many.setPublisher(Runnable::run);
        many.load();

        assertThat(ImportResultsTabs.runsTitle(many))
                .isEqualTo("Which rows go to which run (first " + SheetImportViewModel.PREVIEW_RUNS + " of " + runs + ")");
    }

    @Test
    void oneRunPerRowShowsTheDuplicateIdBeforeAccepting() {
        dialog.groupByProperty().set(SheetImportViewModel.NO_GROUPING);
        dialog.reimport();
        assertThat(dialog.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.format()).startsWith("nf-core-rnaseq_assets_samplesheet.csv:8");
        });
    }

    @Test
    void aChangedTargetChangesTheRuns() {
        dialog.mapping().get(3).targetProperty().set("tag:strandedness");
        dialog.reimport();
        InlineSetting first = dialog.resultProperty().get().runs().get(0);
        assertThat(first.runTags()).containsEntry("strandedness", "forward");
        assertThat(first.parameters().has("strandedness")).isFalse();
    }

    @Test
    void anUnknownTargetIsAProblemNotACrash() {
        dialog.mapping().get(3).targetProperty().set("somewhere");
        dialog.reimport();
        assertThat(dialog.resultProperty().get()).isNull();
        assertThat(dialog.problems()).extracting(SheetProblem::message).anySatisfy(m -> assertThat(m).contains("somewhere"));
        assertThat(dialog.canAccept()).isFalse();
    }

    @Test
    void withoutAWorkflowRowsBecomeValuesAndNoSheetIsWritten() {
        assertThat(dialog.runSheets().modeProperty().get()).isEqualTo(RunSheetChoice.Mode.VALUES);
        assertThat(dialog.resultProperty().get().mapping().groupSheet()).isNull();
        assertThat(dialog.runRows()).extracting(RunOfRows::sheet).containsOnlyNulls();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void typedParametersBecomeJsonColumns() {
        dialog.mapping().get(3).targetProperty().set("param:strandedness:json");
        assertThat(dialog.typedParameters()).containsExactly("strandedness");
    }
}
