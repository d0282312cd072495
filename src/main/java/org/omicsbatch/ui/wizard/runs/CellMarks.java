package org.omicsbatch.ui.wizard.runs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.omicsbatch.plan.Problem;

/**
 * The problem marks of the runs table's cells: those found by the last write-back (cells that cannot
 * become values) and those of the last review (until the next edit). Looked up for every cell drawn,
 * so a lookup allocates nothing while no cell has a problem.
 */
final class CellMarks {
    private final IntegerProperty version = new SimpleIntegerProperty();
    private Map<WriteBack.CellKey, String> written = Map.of();
    private Map<WriteBack.CellKey, String> review = Map.of();

    /** The problem of a cell, or null. */
    String at(int row, String columnKey) {
        if (written.isEmpty() && review.isEmpty()) {
            return null;
        }
        WriteBack.CellKey key = new WriteBack.CellKey(row, columnKey);
        String own = written.get(key);
        return own != null ? own : review.get(key);
    }

    /** The cells the last write-back could not convert. */
    void written(Map<WriteBack.CellKey, String> index) {
        boolean changed = !written.isEmpty() || !index.isEmpty();
        written = index;
        if (changed) {
            version.set(version.get() + 1);
        }
    }

    /** Marks the cells of the review's run-level problems. */
    void review(List<Problem> problems) {
        Map<WriteBack.CellKey, String> index = new HashMap<>();
        for (Problem p : problems) {
            if (p.isRunLevel()) {
                index.putIfAbsent(new WriteBack.CellKey(p.runIndex(), DraftColumns.columnKey(p.field())),
                        (p.isError() ? "" : "Warning: ") + p.message());
            }
        }
        review = index;
        version.set(version.get() + 1);
    }

    /** Any edit makes the review's marks stale; the edit redraws its cells itself. */
    void forgetReview() {
        review = Map.of();
    }

    /** Changes whenever marks change (not at every write-back): the view redraws then. */
    IntegerProperty version() {
        return version;
    }
}
