package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;

/** 100,000 runs × 40 columns are 40 arrays: no object per cell is made while the table is built. */
class RunTableScaleTest {
    private static final int RUNS = 100_000;
    private static final int PARAMETERS = 35;

    private static List<InlineSetting> runs;

    @BeforeAll
    static void oneHundredThousandRuns() {
        runs = runs();
    }

    @Test
    void loadsOneHundredThousandRunsOfFortyColumnsWithoutAnObjectPerCell() {
        InlineSettingsCodec.toTable(runs, List.of()); // once before measuring, so the JIT has compiled the loops
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        RunTableModel table = InlineSettingsCodec.toTable(runs, List.of());
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(table.rowCount()).isEqualTo(RUNS);
        assertThat(table.columnCount()).isEqualTo(40);
        assertThat(table.storage()).hasSize(40).allSatisfy(column -> assertThat(column.length).isGreaterThanOrEqualTo(RUNS));
        long cells = (long) RUNS * 40;
        // One reference per cell is 4 bytes (8 without compressed pointers); a property or wrapper object per
        // cell would add 16 bytes or more.
        assertThat(allocated / cells).as("bytes allocated per cell").isLessThan(10);
        assertThat(table.get(RUNS - 1, 0)).isEqualTo("run-" + (RUNS - 1));
    }

    @Test
    void editsAndUndoStayCheapOnAFullTable() {
        RunTableModel table = InlineSettingsCodec.toTable(runs, List.of());
        RunTableEditor editor = new RunTableEditor(table);
        editor.deleteRows(new int[] {5, 50_000});
        editor.paste("x\ty", new int[] {RUNS - 3}, 6);
        editor.undo();
        editor.undo();
        assertThat(table.rowCount()).isEqualTo(RUNS);
        assertThat(table.get(50_000, 0)).isEqualTo("run-50000");
    }

    @Test
    void anImportIsHandedOverAndUndoneWithoutCopyingCells() {
        RunTableModel table = InlineSettingsCodec.toTable(runs.subList(0, 10), List.of());
        RunTableEditor editor = new RunTableEditor(table);
        RunTableModel imported = InlineSettingsCodec.toTable(runs, List.of());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        editor.replaceAll(imported, "import");
        RunTableModel forTheDraft = table.detachedCopy();
        editor.undo();
        editor.redo();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(table.rowCount()).isEqualTo(RUNS);
        assertThat(forTheDraft.rowCount()).isEqualTo(RUNS);
        // A copy of the cells would be 40 arrays of 100,000 references: 16 MB or more.
        assertThat(allocated).as("bytes allocated by hand-over, copy, undo and redo").isLessThan(64 * 1024);
    }

    @Test
    void theFirstEditAfterAHandOverCopiesOnlyTheColumnItChanges() {
        RunTableModel table = new RunTableModel();
        RunTableEditor editor = new RunTableEditor(table);
        editor.replaceAll(InlineSettingsCodec.toTable(runs, List.of()), "import");
        RunTableModel forTheDraft = table.detachedCopy();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        editor.setCell(7, 6, "s3://genomics-inputs/other/reads.fastq.gz");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(forTheDraft.get(7, 6)).isEqualTo(runs.get(7).parameters().get("param_1").asText());
        assertThat(allocated).as("one column of 100,000 references, not 40").isLessThan(2L * RUNS * 8);
    }

    private static List<InlineSetting> runs() {
        String[] pool = new String[64];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = "s3://genomics-inputs/batch-" + i + "/reads.fastq.gz";
        }
        List<InlineSetting> runs = new ArrayList<>(RUNS);
        for (int r = 0; r < RUNS; r++) {
            ObjectNode parameters = JsonNodeFactory.instance.objectNode();
            for (int p = 0; p < PARAMETERS; p++) {
                parameters.put("param_" + p, pool[(r + p) % pool.length]);
            }
            runs.add(InlineSetting.builder().runSettingId("run-" + r).name("sample-" + r).outputUri(pool[r % 7])
                    .outputBucketOwnerId("123456789012").priority(r % 100).parameters(parameters).build());
        }
        return runs;
    }
}
