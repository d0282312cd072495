package org.omicsbatch.ui.components.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The runs table's data, stored by column: one {@code String[]} per column, a run is a row index.
 * A table of 100,000 runs and 40 columns is 40 arrays, not four million cell objects; the view reads
 * cells on demand for the few rows on screen.
 *
 * <p>A cell is {@code null} when the run does not override the value (it inherits the default).
 * Besides the visible columns, each row may keep the JSON text of {@code InlineSetting} members this
 * version does not know ({@link #extras}), so that a draft is written back unchanged.
 *
 * <p>Reading is public; changing goes through {@link RunTableEditor}, whose edits can be undone.
 */
public final class RunTableModel {
    private static final int MIN_CAPACITY = 16;

    private final List<RunColumn> columns = new ArrayList<>();
    private final List<String[]> cells = new ArrayList<>();
    private String[] extras = new String[MIN_CAPACITY];
    private int rowCount;
    private final List<Consumer<RunTableChange>> listeners = new ArrayList<>();

    public RunTableModel() {
        for (RunColumn c : RunColumn.memberColumns()) {
            columns.add(c);
            cells.add(new String[MIN_CAPACITY]);
        }
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public RunColumn column(int index) {
        return columns.get(index);
    }

    public List<RunColumn> columns() {
        return List.copyOf(columns);
    }

    /** The index of the column with this {@link RunColumn#key()}, or -1. */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public String get(int row, int column) {
        checkRow(row);
        return cells.get(column)[row];
    }

    /** JSON text of the row's members unknown to this version, or null. */
    public String extras(int row) {
        checkRow(row);
        return extras[row];
    }

    /** The arrays behind the columns (capacity may exceed {@link #rowCount()}); for size checks. */
    List<String[]> storage() {
        return List.copyOf(cells);
    }

    /** An independent copy of the content (column arrays cloned), e.g. to convert off the FX thread. */
    public RunTableModel detachedCopy() {
        RunTableModel copy = new RunTableModel();
        copy.replaceAll(copy());
        return copy;
    }

    public void addListener(Consumer<RunTableChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RunTableChange> listener) {
        listeners.remove(listener);
    }

    // ---- mutations, used by the edits of RunTableEditor -------------------------------------------

    void set(int row, int column, String value) {
        checkRow(row);
        cells.get(column)[row] = normalize(value);
    }

    void setExtras(int row, String value) {
        checkRow(row);
        extras[row] = value;
    }

    /**
     * Inserts rows so that they end up at {@code positions} (ascending, final indexes).
     * {@code values[i]} holds one value per column (shorter arrays leave the rest empty).
     */
    void insertRows(int[] positions, String[][] values, String[] rowExtras) {
        int newCount = rowCount + positions.length;
        int capacity = Math.max(extras.length, newCount);
        if (capacity > extras.length) {
            capacity = Math.max(newCount, extras.length * 2);
        }
        for (int c = 0; c < cells.size(); c++) {
            final int col = c;
            cells.set(c, merge(cells.get(c), positions, i -> col < values[i].length ? values[i][col] : null, capacity));
        }
        extras = merge(extras, positions, i -> rowExtras == null ? null : rowExtras[i], capacity);
        rowCount = newCount;
    }

    /** Removes the rows (ascending indexes) and returns their values and extras, for undo. */
    RemovedRows removeRows(int[] rows) {
        String[][] values = new String[rows.length][cells.size()];
        String[] removedExtras = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            checkRow(rows[i]);
            for (int c = 0; c < cells.size(); c++) {
                values[i][c] = cells.get(c)[rows[i]];
            }
            removedExtras[i] = extras[rows[i]];
        }
        for (int c = 0; c < cells.size(); c++) {
            compact(cells.get(c), rows);
        }
        compact(extras, rows);
        rowCount -= rows.length;
        return new RemovedRows(rows.clone(), values, removedExtras);
    }

    void insertColumn(int index, RunColumn column, String[] values) {
        String[] array = new String[extras.length];
        if (values != null) {
            System.arraycopy(values, 0, array, 0, Math.min(values.length, rowCount));
        }
        columns.add(index, column);
        cells.add(index, array);
    }

    String[] removeColumn(int index) {
        columns.remove(index);
        return cells.remove(index);
    }

    void replaceColumn(int index, RunColumn column) {
        columns.set(index, column);
    }

    /** Replaces everything; the arrays are taken as they are (capacity at least {@code rowCount}). */
    void replaceAll(Snapshot snapshot) {
        columns.clear();
        cells.clear();
        columns.addAll(snapshot.columns());
        cells.addAll(snapshot.cells());
        extras = snapshot.extras();
        rowCount = snapshot.rowCount();
    }

    /** The current content by reference; valid as long as nothing mutates the arrays in place. */
    Snapshot snapshot() {
        return new Snapshot(List.copyOf(columns), List.copyOf(cells), extras, rowCount);
    }

    /** A deep copy of the current content. */
    Snapshot copy() {
        List<String[]> copied = new ArrayList<>();
        for (String[] array : cells) {
            copied.add(array.clone());
        }
        return new Snapshot(List.copyOf(columns), copied, extras.clone(), rowCount);
    }

    void fire(RunTableChange change) {
        for (Consumer<RunTableChange> l : List.copyOf(listeners)) {
            l.accept(change);
        }
    }

    /** Everything in a table, as arrays by column. */
    record Snapshot(List<RunColumn> columns, List<String[]> cells, String[] extras, int rowCount) {
    }

    /** Rows taken out by {@link #removeRows}, enough to put them back. */
    record RemovedRows(int[] rows, String[][] values, String[] extras) {
    }

    static String normalize(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rowCount);
        }
    }

    private String[] merge(String[] old, int[] positions, java.util.function.IntFunction<String> inserted,
            int capacity) {
        String[] result = capacity == old.length && positions.length > 0 && positions[0] >= rowCount
                ? old : new String[capacity];
        int from = 0;
        int to = 0;
        for (int i = 0; i < positions.length; i++) {
            int gap = positions[i] - to;
            if (result != old) {
                System.arraycopy(old, from, result, to, gap);
            }
            from += gap;
            to += gap;
            result[to++] = RunTableModel.normalize(inserted.apply(i));
        }
        if (result != old) {
            System.arraycopy(old, from, result, to, rowCount - from);
        }
        return result;
    }

    private void compact(String[] array, int[] removed) {
        if (removed.length == 0) {
            return;
        }
        int to = removed[0];
        int next = 0;
        for (int from = removed[0]; from < rowCount; from++) {
            if (next < removed.length && removed[next] == from) {
                next++;
                continue;
            }
            array[to++] = array[from];
        }
        Arrays.fill(array, to, rowCount, null);
    }
}
