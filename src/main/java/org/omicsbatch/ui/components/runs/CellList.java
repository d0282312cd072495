package org.omicsbatch.ui.components.runs;

import java.util.Arrays;
import java.util.Objects;

/** Cells to set, gathered into one {@link RunEdit.Cells}; cells whose value would not change are dropped. */
final class CellList {
    private int[] rows = new int[16];
    private int[] columns = new int[16];
    private String[] values = new String[16];
    private int size;

    void add(int row, int column, String value) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        rows[size] = row;
        columns[size] = column;
        values[size] = RunTableModel.normalize(value);
        size++;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    RunEdit.Cells toEdit(String description, RunTableModel model) {
        int kept = 0;
        int[] r = new int[size];
        int[] c = new int[size];
        String[] before = new String[size];
        String[] after = new String[size];
        for (int i = 0; i < size; i++) {
            String old = model.get(rows[i], columns[i]);
            if (!Objects.equals(old, values[i])) {
                r[kept] = rows[i];
                c[kept] = columns[i];
                before[kept] = old;
                after[kept] = values[i];
                kept++;
            }
        }
        return new RunEdit.Cells(description, Arrays.copyOf(r, kept), Arrays.copyOf(c, kept),
                Arrays.copyOf(before, kept), Arrays.copyOf(after, kept));
    }
}
