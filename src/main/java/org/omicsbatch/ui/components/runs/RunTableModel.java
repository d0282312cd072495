package org.omicsbatch.ui.components.runs;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.omicsbatch.model.InlineSetting;

/**
 * The runs table's data, stored by column: one {@code String[]} per column, a run is a row index.
 * A table of 100,000 runs and 40 columns is 40 arrays, not four million cell objects; the view reads
 * cells on demand for the few rows on screen.
 *
 * <p>A cell is {@code null} when the run does not override the value (it inherits the default).
 * Besides the visible columns, each row may keep the JSON text of {@code InlineSetting} members this
 * version does not know ({@link #extras}), so that a draft is written back unchanged.
 *
 * <p>A table filled from runs ({@link InlineSettingsCodec#toTable}) does not copy their cells: a cell of
 * an imported run that nobody changed is read from the run ({@link ImportedRuns}); a change is kept in
 * the column's array, an emptied cell as {@link #EMPTIED}.
 *
 * <p>Reading is public; changing goes through {@link RunTableEditor}, whose edits can be undone.
 *
 * <p>Arrays are copied on write: an array that was handed out (a {@link #snapshot()} kept for undo, a
 * {@link #detachedCopy()} read by a background task) or taken in ({@link #replaceAll}) is never written
 * again; the first change to such a column clones that one column. So handing the whole table over,
 * for undo or to another thread, costs one reference per column instead of a copy of every cell.
 */
public final class RunTableModel {
    private static final int MIN_CAPACITY = 16;
    /** An emptied cell of an imported run: empty, not the run's own value (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String EMPTIED = new String("");

    private final List<Column> columns = new ArrayList<>();
    private ImportedRuns imported = ImportedRuns.NONE;
    private boolean originOwned;
    private String[] extras = new String[MIN_CAPACITY];
    private boolean extrasOwned = true;
    private int rowCount;
    /** Rows whose cells changed since {@link #takeChanges()}; {@code allChanged} when rows moved or columns changed. */
    private final BitSet changedRows = new BitSet();
    private boolean allChanged;
    private final List<Consumer<RunTableChange>> listeners = new ArrayList<>();

    public RunTableModel() {
        for (RunColumn c : RunColumn.memberColumns()) {
            columns.add(new Column(c, new String[MIN_CAPACITY], true, null));
        }
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public RunColumn column(int index) {
        return columns.get(index).definition;
    }

    public List<RunColumn> columns() {
        return columns.stream().map(c -> c.definition).toList();
    }

    /** The index of the column with this {@link RunColumn#key()}, or -1. */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).definition.key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public String get(int row, int column) {
        checkRow(row);
        Column c = columns.get(column);
        String value = c.cells[row];
        if (value != null) {
            return value == EMPTIED ? null : value;
        }
        RunColumn readAs = c.importedAs;
        InlineSetting run = readAs == null ? null : imported.runOf(row);
        return run == null ? null : ImportedRuns.cell(run, readAs);
    }

    /** JSON text of the row's members unknown to this version, or null. */
    public String extras(int row) {
        checkRow(row);
        return extras[row];
    }

    /** The arrays behind the columns (capacity may exceed {@link #rowCount()}); for size checks. */
    List<String[]> storage() {
        return columns.stream().map(c -> c.cells).toList();
    }

    /**
     * An independent copy of the content, e.g. to convert off the FX thread while the user goes on
     * editing. Costs one reference per column: both models then treat the arrays as shared, and
     * whichever changes a column first clones it.
     */
    public RunTableModel detachedCopy() {
        RunTableModel copy = new RunTableModel();
        copy.replaceAll(snapshot());
        return copy;
    }

    /**
     * The rows changed since the last call (or since this model was made), and starts counting anew.
     * A cell edit names its row; anything that moves rows or changes columns means all of them.
     */
    public RowChanges takeChanges() {
        RowChanges taken = allChanged ? RowChanges.ALL : RowChanges.of(changedRows);
        changedRows.clear();
        allChanged = false;
        return taken;
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
        String v = normalize(value);
        boolean imports = columns.get(column).importedAs != null && imported.runOf(row) != null;
        writable(column)[row] = v == null && imports ? EMPTIED : v;
        changedRows.set(row);
    }

    void setExtras(int row, String value) {
        checkRow(row);
        writableExtras()[row] = value;
        changedRows.set(row);
    }

    /**
     * Inserts rows so that they end up at {@code positions} (ascending, final indexes).
     * {@code values[i]} holds one value per column (shorter arrays leave the rest empty).
     */
    void insertRows(int[] positions, String[][] values, String[] rowExtras) {
        everythingChanged();
        int newCount = rowCount + positions.length;
        int capacity = Math.max(extras.length, newCount);
        if (capacity > extras.length) {
            capacity = Math.max(newCount, extras.length * 2);
        }
        for (int c = 0; c < columns.size(); c++) {
            final int col = c;
            Column column = columns.get(c);
            column.cells = ColumnArrays.merge(column.cells, column.owned, rowCount, positions,
                    i -> col < values[i].length ? values[i][col] : null, capacity);
            column.owned = true;
        }
        extras = ColumnArrays.merge(extras, extrasOwned, rowCount, positions, i -> rowExtras == null ? null : rowExtras[i], capacity);
        extrasOwned = true;
        if (imported != ImportedRuns.NONE) {
            imported = new ImportedRuns(imported.runs(),
                    ColumnArrays.mergeOrigin(imported.origin(), originOwned, rowCount, positions, capacity));
            originOwned = true;
        }
        rowCount = newCount;
    }

    /** Removes the rows (ascending indexes) and returns their values and extras, for undo. */
    RemovedRows removeRows(int[] rows) {
        everythingChanged();
        String[][] values = new String[rows.length][columns.size()];
        String[] removedExtras = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            checkRow(rows[i]);
            for (int c = 0; c < columns.size(); c++) {
                values[i][c] = get(rows[i], c);
            }
            removedExtras[i] = extras[rows[i]];
        }
        for (int c = 0; c < columns.size(); c++) {
            ColumnArrays.compact(writable(c), rowCount, rows);
        }
        ColumnArrays.compact(writableExtras(), rowCount, rows);
        if (imported != ImportedRuns.NONE) {
            ColumnArrays.compact(writableOrigin(), rowCount, rows);
        }
        rowCount -= rows.length;
        return new RemovedRows(rows.clone(), values, removedExtras);
    }

    void insertColumn(int index, RunColumn column, String[] values) {
        everythingChanged();
        String[] array = new String[extras.length];
        if (values != null) {
            System.arraycopy(values, 0, array, 0, Math.min(values.length, rowCount));
        }
        columns.add(index, new Column(column, array, true, null));
    }

    /**
     * Removes a column and returns its cells: its array, or, for a column of imported runs, every cell
     * as {@link #get} reads it (the array alone holds only the edits).
     */
    String[] removeColumn(int index) {
        everythingChanged();
        String[] values = columns.get(index).importedAs == null ? columns.get(index).cells : readAll(index);
        columns.remove(index);
        return values;
    }

    private String[] readAll(int column) {
        String[] values = new String[Math.max(rowCount, MIN_CAPACITY)];
        for (int row = 0; row < rowCount; row++) {
            values[row] = get(row, column);
        }
        return values;
    }

    void replaceColumn(int index, RunColumn column) {
        everythingChanged();
        columns.get(index).definition = column;
    }

    /**
     * Replaces everything in O(columns): the arrays are taken as they are (capacity at least
     * {@code rowCount}) and treated as shared, so they are never written in place.
     */
    void replaceAll(Snapshot snapshot) {
        everythingChanged();
        columns.clear();
        for (int c = 0; c < snapshot.columns().size(); c++) {
            columns.add(new Column(snapshot.columns().get(c), snapshot.cells().get(c), false, snapshot.importedAs().get(c)));
        }
        extras = snapshot.extras();
        extrasOwned = false;
        imported = snapshot.imported();
        originOwned = false;
        rowCount = snapshot.rowCount();
    }

    /**
     * The current content by reference, in O(columns). The arrays become shared: this model clones a
     * column before its next change, so the snapshot stays as it is.
     */
    Snapshot snapshot() {
        columns.forEach(c -> c.owned = false);
        extrasOwned = false;
        originOwned = false;
        return new Snapshot(columns(), storage(), columns.stream().map(c -> c.importedAs).toList(), extras, rowCount,
                imported); // toList keeps the nulls of columns with no imported cells
    }

    /** Empties this model and returns what it held, for another model to take over (an import). */
    Snapshot takeAll() {
        Snapshot all = snapshot();
        RunTableModel empty = new RunTableModel();
        replaceAll(empty.snapshot());
        return all;
    }

    void fire(RunTableChange change) {
        for (Consumer<RunTableChange> l : List.copyOf(listeners)) {
            l.accept(change);
        }
    }

    /**
     * Everything in a table, as arrays by column; {@code importedAs} holds per column the definition its
     * cells of {@code imported} runs are read with, or null.
     */
    record Snapshot(List<RunColumn> columns, List<String[]> cells, List<RunColumn> importedAs, String[] extras,
            int rowCount, ImportedRuns imported) {
        /** A table of plain arrays, with no imported runs behind it. */
        Snapshot(List<RunColumn> columns, List<String[]> cells, String[] extras, int rowCount) {
            this(columns, cells, Collections.nCopies(cells.size(), null), extras, rowCount, ImportedRuns.NONE);
        }
    }

    /**
     * One column as this model holds it: its definition, its array (with {@code owned} true when this model
     * alone holds it, so it may write it in place), and the definition its cells of imported runs are read
     * with ({@code importedAs}: the column's definition at import time; null when it has none).
     */
    private static final class Column {
        RunColumn definition;
        String[] cells;
        boolean owned;
        final RunColumn importedAs;

        Column(RunColumn definition, String[] cells, boolean owned, RunColumn importedAs) {
            this.definition = definition;
            this.cells = cells;
            this.owned = owned;
            this.importedAs = importedAs;
        }
    }

    /** Rows taken out by {@link #removeRows}, enough to put them back. */
    record RemovedRows(int[] rows, String[][] values, String[] extras) {
    }

    static String normalize(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The column's array, cloned first when it is shared. */
    private String[] writable(int column) {
        Column c = columns.get(column);
        if (!c.owned) {
            c.cells = c.cells.clone();
            c.owned = true;
        }
        return c.cells;
    }

    private void everythingChanged() {
        allChanged = true;
        changedRows.clear();
    }

    private int[] writableOrigin() {
        if (!originOwned) {
            imported = new ImportedRuns(imported.runs(), imported.origin().clone());
            originOwned = true;
        }
        return imported.origin();
    }

    private String[] writableExtras() {
        if (!extrasOwned) {
            extras = extras.clone();
            extrasOwned = true;
        }
        return extras;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rowCount);
        }
    }
}
