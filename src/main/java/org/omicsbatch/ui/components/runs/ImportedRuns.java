package org.omicsbatch.ui.components.runs;

import java.util.List;
import org.omicsbatch.model.InlineSetting;

/**
 * The runs a table was filled from, read cell by cell instead of copied into strings. A table of
 * 100,000 imported runs × 40 columns would otherwise keep four million strings besides the runs
 * themselves; made on a background thread, each young collection copies those made since the last,
 * and its pause (70–120 ms) stops the FX thread too.
 *
 * <p>{@code origin[row]} is the index of the row's run plus one, or 0 for a row that is not an
 * imported run (added, pasted, or put back by an undo), so new slots of an array mean "none".
 */
record ImportedRuns(List<InlineSetting> runs, int[] origin) {
    static final ImportedRuns NONE = new ImportedRuns(List.of(), new int[0]);

    /** The run behind a row, or null. */
    InlineSetting runOf(int row) {
        int at = row < origin.length ? origin[row] : 0;
        return at == 0 ? null : runs.get(at - 1);
    }

    /** The text of a cell of an imported run, as read with the column's definition at import time. */
    static String cell(InlineSetting run, RunColumn readAs) {
        return RunTableModel.normalize(InlineSettingsCodec.cellText(run, readAs));
    }
}
