package org.omicsbatch.ui.wizard.runs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.components.runs.CellProblem;
import org.omicsbatch.ui.components.runs.InlineSettingsCodec;
import org.omicsbatch.ui.components.runs.RunTableModel;

/**
 * The runs table converted for the draft, with everything that walks all runs already done, so that
 * for a large table all of it can happen off the FX thread and the FX thread only stores the result:
 * the runs, the cells that could not become values (indexed for the cells' lookups), and whether the
 * runs equal those the draft held when the conversion started ({@code base}).
 */
record WriteBack(List<InlineSetting> runs, List<CellProblem> problems, Map<CellKey, String> problemIndex,
        List<InlineSetting> base, boolean sameAsBase) {

    /** A cell by model row and column key, as problems are looked up while cells are drawn. */
    record CellKey(int row, String columnKey) {
    }

    /** Converts the table; call it on a thread that is the only one to use {@code table} meanwhile. */
    static WriteBack of(RunTableModel table, List<InlineSetting> base) {
        InlineSettingsCodec.Conversion conversion = InlineSettingsCodec.toInlineSettings(table);
        Map<CellKey, String> index = new HashMap<>();
        conversion.problems().forEach(p -> index.put(new CellKey(p.row(), p.columnKey()), p.message()));
        return new WriteBack(conversion.runs(), conversion.problems(), index, base, conversion.runs().equals(base));
    }

    /**
     * Whether the runs should replace {@code current}. Free: when the draft holds other runs than the base,
     * they were written by an earlier write-back of this table (a change by anyone else reloads the table
     * and drops this result), so these newer runs replace them without comparing 100,000 runs again.
     */
    boolean differsFrom(List<InlineSetting> current) {
        return current != base || !sameAsBase;
    }
}
