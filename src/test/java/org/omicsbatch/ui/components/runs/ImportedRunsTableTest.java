package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/**
 * A table filled from runs reads their cells from the runs (no string per cell): every edit, undo,
 * row and column change must still behave as if the cells had been copied.
 */
class ImportedRunsTableTest {
    private List<InlineSetting> runs;
    private RunTableModel model;
    private RunTableEditor editor;
    private int fastq;
    private int depth;
    private int project;

    @BeforeEach
    void fourImportedRuns() {
        runs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ObjectNode p = Json.mapper().createObjectNode().put("fastq_1", "s3://reads/s" + i + "_R1.fastq.gz");
            if (i != 3) {
                p.put("depth", i * 10);
            }
            runs.add(InlineSetting.builder().runSettingId("S" + i).priority(i == 2 ? 7 : null).parameters(p)
                    .runTags(Map.of("project", "P" + i)).build());
        }
        model = InlineSettingsCodec.toTable(runs, List.of());
        editor = new RunTableEditor(model);
        fastq = model.columnIndex(RunColumn.PARAM_PREFIX + "fastq_1");
        depth = model.columnIndex(RunColumn.PARAM_PREFIX + "depth");
        project = model.columnIndex(RunColumn.TAG_PREFIX + "project");
    }

    @Test
    void cellsAreTheRunsOwnValues() {
        assertThat(model.get(0, 0)).isEqualTo("S1");
        assertThat(model.get(1, model.columnIndex("priority"))).isEqualTo("7");
        assertThat(model.get(0, model.columnIndex("priority"))).isNull();
        assertThat(model.get(2, fastq)).isEqualTo("s3://reads/s3_R1.fastq.gz");
        assertThat(model.get(1, depth)).isEqualTo("20");
        assertThat(model.get(2, depth)).as("a run without the parameter").isNull();
        assertThat(model.get(3, project)).isEqualTo("P4");
        assertThat(InlineSettingsCodec.toInlineSettings(model).runs()).isEqualTo(runs);
    }

    @Test
    void theTableKeepsNoCopyOfTheRunsCells() {
        assertThat(model.storage()).allSatisfy(column -> assertThat(column).containsOnlyNulls());
    }

    @Test
    void anEmptiedCellStaysEmptyAndUndoBringsTheRunsValueBack() {
        editor.setCell(1, fastq, "");
        assertThat(model.get(1, fastq)).isNull();
        assertThat(InlineSettingsCodec.toInlineSettings(model).runs().get(1).parameters().has("fastq_1")).isFalse();
        editor.undo();
        assertThat(model.get(1, fastq)).isEqualTo("s3://reads/s2_R1.fastq.gz");
        editor.setCell(1, fastq, "s3://reads/other.fastq.gz");
        assertThat(model.get(1, fastq)).isEqualTo("s3://reads/other.fastq.gz");
        assertThat(model.get(0, fastq)).as("the other rows still read their runs").isEqualTo("s3://reads/s1_R1.fastq.gz");
    }

    @Test
    void rowsAddedBetweenImportedRowsAreEmptyAndDeletingShiftsTheRunsWithTheirRows() {
        int added = editor.addRow(1);
        assertThat(added).isEqualTo(1);
        assertThat(model.rowCount()).isEqualTo(5);
        assertThat(model.get(1, fastq)).isNull();
        assertThat(model.get(2, 0)).isEqualTo("S2");
        editor.deleteRows(new int[] {0, 2});
        assertThat(model.rowCount()).isEqualTo(3);
        assertThat(model.get(0, 0)).isEqualTo("run-5");
        assertThat(model.get(0, project)).isNull();
        assertThat(model.get(1, 0)).isEqualTo("S3");
        assertThat(model.get(2, project)).isEqualTo("P4");
        editor.undo();
        assertThat(model.get(0, 0)).isEqualTo("S1");
        assertThat(model.get(2, fastq)).isEqualTo("s3://reads/s2_R1.fastq.gz");
        assertThat(model.get(2, depth)).isEqualTo("20");
        editor.setCell(2, depth, "");
        assertThat(model.get(2, depth)).as("a row put back by undo holds its cells as values").isNull();
    }

    @Test
    void duplicatedRowsCopyTheRunsCells() {
        editor.duplicateRows(new int[] {3});
        assertThat(model.rowCount()).isEqualTo(5);
        assertThat(model.get(4, fastq)).isEqualTo("s3://reads/s4_R1.fastq.gz");
        assertThat(model.get(4, project)).isEqualTo("P4");
    }

    @Test
    void aRetypedColumnKeepsItsText() {
        editor.setColumnType(depth, RunColumn.ValueType.TEXT);
        assertThat(model.get(0, depth)).isEqualTo("10");
        editor.setColumnType(fastq, RunColumn.ValueType.JSON);
        assertThat(model.get(0, fastq)).as("the cell text, not the JSON of the value").isEqualTo("s3://reads/s1_R1.fastq.gz");
    }

    @Test
    void aCopyForAnotherThreadKeepsItsCellsWhileTheTableChanges() {
        RunTableModel copy = model.detachedCopy();
        editor.setCell(0, fastq, "");
        editor.deleteRows(new int[] {1});
        assertThat(copy.rowCount()).isEqualTo(4);
        assertThat(copy.get(0, fastq)).isEqualTo("s3://reads/s1_R1.fastq.gz");
        assertThat(copy.get(1, 0)).isEqualTo("S2");
        assertThat(model.get(1, 0)).isEqualTo("S3");
    }

    @Test
    void replacingTheTableAndUndoingSwapsTheRunsBehindIt() {
        RunTableModel other = InlineSettingsCodec.toTable(List.of(InlineSetting.builder().runSettingId("X1").build()), List.of());
        editor.replaceAll(other, "import");
        assertThat(model.rowCount()).isEqualTo(1);
        assertThat(model.get(0, 0)).isEqualTo("X1");
        editor.undo();
        assertThat(model.rowCount()).isEqualTo(4);
        assertThat(model.get(3, fastq)).isEqualTo("s3://reads/s4_R1.fastq.gz");
    }

    @Test
    void removingAnImportedColumnHandsBackItsCellsForUndo() {
        String[] removed = model.removeColumn(project);
        assertThat(removed).startsWith("P1", "P2", "P3", "P4");
        model.insertColumn(project, RunColumn.tag("project"), removed);
        assertThat(model.get(2, project)).isEqualTo("P3");
    }
}
