package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunTableEditorTest {
    private RunTableModel model;
    private RunTableEditor editor;
    private int fastq1;

    @BeforeEach
    void threeRuns() {
        model = new RunTableModel();
        editor = new RunTableEditor(model);
        fastq1 = editor.addColumn(RunColumn.parameter("fastq_1", RunColumn.ValueType.TEXT));
        editor.paste("CONTROL_REP1\t\t\t\t\ts3://bucket/c1_R1.fastq.gz\n"
                + "CONTROL_REP2\t\t\t\t\ts3://bucket/c2_R1.fastq.gz\n"
                + "TREATMENT_REP1\t\t\t\t\ts3://bucket/t1_R1.fastq.gz\n", new int[0], 0);
    }

    @Test
    void pasteGrowsTheTableWithNewRuns() {
        assertThat(model.rowCount()).isEqualTo(3);
        assertThat(model.get(2, 0)).isEqualTo("TREATMENT_REP1");
        assertThat(model.get(1, fastq1)).isEqualTo("s3://bucket/c2_R1.fastq.gz");
        assertThat(model.get(1, 1)).as("an empty pasted cell is no override").isNull();
    }

    @Test
    void pasteOverwritesFromTheAnchorAndAddsRowsPastTheEnd() {
        var result = editor.paste("a\tb\nc\td\ne\tf", new int[] {1, 2}, 1);
        assertThat(result.cellsChanged()).isEqualTo(4);
        assertThat(result.rowsAdded()).isEqualTo(1);
        assertThat(model.get(1, 1)).isEqualTo("a");
        assertThat(model.get(2, 2)).isEqualTo("d");
        assertThat(model.get(3, 1)).isEqualTo("e");
        assertThat(model.get(3, 0)).isNull();
    }

    @Test
    void pasteLeavesOutColumnsPastTheLastAndSaysSo() {
        var result = editor.paste("1\t2\t3", new int[] {0}, fastq1);
        assertThat(result.columnsLeftOut()).isEqualTo(2);
        assertThat(result.message()).contains("2 columns past the last one were left out");
        assertThat(model.get(0, fastq1)).isEqualTo("1");
    }

    @Test
    void pasteIsOneStepOfUndo() {
        editor.paste("x\ny\nz\nw", new int[] {0, 1, 2}, 1);
        assertThat(model.rowCount()).isEqualTo(4);
        editor.undo();
        assertThat(model.rowCount()).isEqualTo(3);
        assertThat(model.get(0, 1)).isNull();
        editor.redo();
        assertThat(model.get(3, 1)).isEqualTo("w");
    }

    @Test
    void fillDownCopiesTheTopCellOfEachColumn() {
        editor.setCell(0, 4, "10");
        int changed = editor.fillDown(new int[] {0, 1, 2}, new int[] {4});
        assertThat(changed).isEqualTo(2);
        assertThat(model.get(2, 4)).isEqualTo("10");
        editor.undo();
        assertThat(model.get(1, 4)).isNull();
        assertThat(model.get(0, 4)).isEqualTo("10");
    }

    @Test
    void undoAndRedoAnEditedCell() {
        editor.setCell(1, 0, "CONTROL_REP2b");
        assertThat(editor.undoDescription()).contains("edit runSettingId");
        editor.undo();
        assertThat(model.get(1, 0)).isEqualTo("CONTROL_REP2");
        assertThat(editor.redoDescription()).isPresent();
        editor.redo();
        assertThat(model.get(1, 0)).isEqualTo("CONTROL_REP2b");
    }

    @Test
    void aNewEditForgetsTheRedo() {
        editor.setCell(0, 1, "first");
        editor.undo();
        editor.setCell(0, 1, "second");
        assertThat(editor.redo()).isFalse();
        assertThat(model.get(0, 1)).isEqualTo("second");
    }

    @Test
    void settingTheSameValueIsNoStepOfUndo() {
        assertThat(editor.setCell(0, 0, "CONTROL_REP1")).isFalse();
        editor.undo();
        assertThat(model.rowCount()).as("the undo took back the paste, not a no-op").isZero();
    }

    @Test
    void addRowGivesAUniqueRunSettingId() {
        editor.setCell(0, 0, "run-4");
        int row = editor.addRow(3);
        assertThat(model.get(row, 0)).isEqualTo("run-4-2");
    }

    @Test
    void duplicateInsertsCopiesAfterTheLastSelectedRowWithNewIds() {
        int first = editor.duplicateRows(new int[] {2, 0});
        assertThat(first).isEqualTo(3);
        assertThat(model.rowCount()).isEqualTo(5);
        assertThat(model.get(3, 0)).isEqualTo("CONTROL_REP1-copy");
        assertThat(model.get(4, 0)).isEqualTo("TREATMENT_REP1-copy");
        assertThat(model.get(4, fastq1)).isEqualTo("s3://bucket/t1_R1.fastq.gz");
        editor.duplicateRows(new int[] {0});
        assertThat(model.get(1, 0)).isEqualTo("CONTROL_REP1-copy-2");
    }

    @Test
    void deleteAndUndoPutsRowsBackWhereTheyWere() {
        editor.deleteRows(new int[] {0, 2});
        assertThat(model.rowCount()).isEqualTo(1);
        assertThat(model.get(0, 0)).isEqualTo("CONTROL_REP2");
        editor.undo();
        assertThat(model.rowCount()).isEqualTo(3);
        assertThat(model.get(0, 0)).isEqualTo("CONTROL_REP1");
        assertThat(model.get(2, fastq1)).isEqualTo("s3://bucket/t1_R1.fastq.gz");
    }

    @Test
    void copyGivesASpreadsheetBlock() {
        editor.setCell(1, 1, "two\tparts");
        assertThat(editor.copy(new int[] {0, 1}, new int[] {0, 1}))
                .isEqualTo("CONTROL_REP1\t\nCONTROL_REP2\t\"two\tparts\"\n");
    }

    @Test
    void clearingCellsRemovesTheOverride() {
        editor.fillCells(new int[] {0, 1}, new int[] {fastq1, fastq1}, null);
        assertThat(model.get(0, fastq1)).isNull();
        assertThat(model.get(2, fastq1)).isNotNull();
    }

    @Test
    void tagColumnsStayAfterParameterColumns() {
        int tag = editor.addColumn(RunColumn.tag("project"));
        int param = editor.addColumn(RunColumn.parameter("fastq_2", RunColumn.ValueType.TEXT));
        assertThat(param).isLessThan(model.columnIndex("tag:project"));
        assertThat(tag).isEqualTo(fastq1 + 1);
        editor.undo();
        assertThat(model.columnIndex("param:fastq_2")).isEqualTo(-1);
    }

    @Test
    void filterFindsRowsByAnyCellIgnoringCase() {
        assertThat(RunTableSearch.matchingRows(model, "control")).containsExactly(0, 1);
        assertThat(RunTableSearch.matchingRows(model, "t1_r1")).containsExactly(2);
        assertThat(RunTableSearch.matchingRows(model, " ")).containsExactly(0, 1, 2);
    }

    @Test
    void findNextWalksCellsInReadingOrderAndWraps() {
        int[] order = {0, 1, 2};
        assertThat(RunTableSearch.next(model, order, "rep", 0, 0)).hasValueSatisfying(p -> assertThat(p).containsExactly(1, 0));
        assertThat(RunTableSearch.next(model, order, "CONTROL_REP1", 0, 0)).hasValueSatisfying(p -> assertThat(p).containsExactly(0, 0));
    }

    @Test
    void importReplacesTheTableAsOneUndoStepAndSurvivesLaterEdits() {
        RunTableModel imported = new RunTableModel();
        new RunTableEditor(imported).paste("S1\nS2", new int[0], 0);
        editor.replaceAll(imported, "import");
        editor.deleteRows(new int[] {0});
        editor.undo();
        editor.undo();
        assertThat(model.rowCount()).isEqualTo(3);
        editor.redo();
        assertThat(model.rowCount()).isEqualTo(2);
        assertThat(model.get(0, 0)).isEqualTo("S1");
    }

    @Test
    void undoOfAnImportRestoresThePreviousRowsAndRedoBringsBackTheImportAsItWas() {
        RunTableModel imported = new RunTableModel();
        new RunTableEditor(imported).paste("S1\tfirst\nS2\tsecond", new int[0], 0);
        editor.replaceAll(imported, "import");
        assertThat(imported.rowCount()).as("the import's table was taken over, not copied").isZero();
        // Edits after the import write into the imported arrays; undoing them must not leak into the redo.
        editor.setCell(0, 1, "edited");
        editor.addRow(2);
        editor.deleteRows(new int[] {1});
        editor.undo();
        editor.undo();
        editor.undo();
        editor.undo();
        assertThat(model.rowCount()).isEqualTo(3);
        assertThat(column(0)).containsExactly("CONTROL_REP1", "CONTROL_REP2", "TREATMENT_REP1");
        assertThat(model.get(1, fastq1)).isEqualTo("s3://bucket/c2_R1.fastq.gz");
        editor.redo();
        assertThat(column(0)).containsExactly("S1", "S2");
        assertThat(column(1)).as("the import as it came in, without the undone edit").containsExactly("first", "second");
        editor.redo();
        assertThat(model.get(0, 1)).isEqualTo("edited");
    }

    @Test
    void editsAfterADetachedCopyLeaveTheCopyAsItWas() {
        RunTableModel copy = model.detachedCopy();
        editor.setCell(0, fastq1, "s3://bucket/changed.fastq.gz");
        editor.deleteRows(new int[] {1});
        editor.paste("NEW", new int[0], 0);
        RunTableEditor copyEditor = new RunTableEditor(copy);
        copyEditor.setCell(2, 0, "changed in the copy");
        assertThat(copy.rowCount()).isEqualTo(3);
        assertThat(copy.get(0, fastq1)).isEqualTo("s3://bucket/c1_R1.fastq.gz");
        assertThat(copy.get(1, 0)).isEqualTo("CONTROL_REP2");
        assertThat(model.get(0, fastq1)).isEqualTo("s3://bucket/changed.fastq.gz");
        assertThat(model.get(1, 0)).as("an edit of the copy stays in the copy").isEqualTo("TREATMENT_REP1");
        assertThat(model.get(2, 0)).isEqualTo("NEW");
    }

    private java.util.List<String> column(int c) {
        java.util.List<String> values = new java.util.ArrayList<>();
        for (int r = 0; r < model.rowCount(); r++) {
            values.add(model.get(r, c));
        }
        return values;
    }
}
