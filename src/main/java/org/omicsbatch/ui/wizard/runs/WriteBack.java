package org.omicsbatch.ui.wizard.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.components.runs.CellProblem;
import org.omicsbatch.ui.components.runs.InlineSettingsCodec;
import org.omicsbatch.ui.components.runs.RowChanges;
import org.omicsbatch.ui.components.runs.RunTableModel;

/**
 * The runs table converted for the draft, with everything that walks all runs already done, so that
 * for a large table all of it can happen off the FX thread and the FX thread only stores the result:
 * the runs, the cells that could not become values (indexed for the cells' lookups), and whether the
 * runs equal those the draft held when the conversion started ({@code base}).
 */
record WriteBack(List<InlineSetting> runs, List<CellProblem> problems, Map<CellKey, String> problemIndex,
        List<InlineSetting> base, boolean sameAsBase) {

    /**
     * The runs as the draft keeps them (an unmodifiable list, which the draft takes as it is): copied here,
     * where a large table's conversion runs off the FX thread, not when the FX thread stores them (100,000
     * runs copied there took 6–13 ms of an import's hand-over pulse).
     */
    WriteBack {
        runs = List.copyOf(runs);
    }

    /** A cell by model row and column key, as problems are looked up while cells are drawn. */
    record CellKey(int row, String columnKey) {
    }

    /** Turns one row of a table into a run (the seam through which tests count conversions). */
    @FunctionalInterface
    interface RowConverter {
        RowConverter CODEC = InlineSettingsCodec::toInlineSetting;

        InlineSetting convert(RunTableModel table, int row, List<CellProblem> problems);
    }

    /**
     * Converts the rows of the table that changed since it was {@code base} (whose cell problems were
     * {@code baseProblems}); the other runs are taken from {@code base} as they are, so an edit of one
     * cell makes one new run, not 100,000. When rows moved (or the sizes differ) every row is converted.
     */
    static WriteBack of(RunTableModel table, List<InlineSetting> base, RowChanges changed,
            List<CellProblem> baseProblems, RowConverter converter) {
        int n = table.rowCount();
        List<CellProblem> problems = new ArrayList<>();
        List<InlineSetting> runs;
        boolean same;
        if (changed.all() || base.size() != n) {
            runs = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                runs.add(converter.convert(table, r, problems));
            }
            same = runs.equals(base);
        } else {
            runs = new ArrayList<>(base);
            baseProblems.stream().filter(p -> !changed.contains(p.row())).forEach(problems::add);
            same = true;
            for (int r : changed.rows()) {
                InlineSetting run = converter.convert(table, r, problems);
                same &= run.equals(base.get(r));
                runs.set(r, run);
            }
            problems.sort(Comparator.comparingInt(CellProblem::row)); // stable: columns stay in order
        }
        Map<CellKey, String> index = new HashMap<>();
        problems.forEach(p -> index.put(new CellKey(p.row(), p.columnKey()), p.message()));
        return new WriteBack(runs, problems, index, base, same);
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
