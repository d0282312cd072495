package org.omicsbatch.ui.components.runs;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The items of the runs table view: position → model row, backed by one {@code int[]}. The view asks
 * only for the rows on screen, so 100,000 runs cost one array, not 100,000 item objects.
 */
public final class RowIndexList extends ObservableListBase<Integer> {
    private int[] rows = new int[0];

    /** Shows rows 0 to {@code count - 1}. */
    public void setAll(int count) {
        int[] all = new int[count];
        java.util.Arrays.setAll(all, i -> i);
        setRows(all);
    }

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    public int modelRow(int position) {
        return rows[position];
    }

    /** The position of a model row, or -1 when it is filtered out. */
    int positionOf(int modelRow) {
        int found = java.util.Arrays.binarySearch(rows, modelRow);
        return found >= 0 ? found : -1;
    }

    int[] rows() {
        return rows.clone();
    }

    /** Leaves out the rows from {@code count} on (rows removed while a search for the new ones runs). */
    void keepBelow(int count) {
        if (rows.length > 0 && rows[rows.length - 1] >= count) {
            setRows(java.util.Arrays.stream(rows).filter(r -> r < count).toArray());
        }
    }

    /** Replaces every position with the new rows (ascending). */
    public void setRows(int[] newRows) {
        int[] old = rows;
        rows = newRows;
        beginChange();
        nextReplace(0, newRows.length, lazy(old));
        endChange();
    }

    private static List<Integer> lazy(int[] values) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return values[index];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
