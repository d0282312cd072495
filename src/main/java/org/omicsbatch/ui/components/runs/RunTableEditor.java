package org.omicsbatch.ui.components.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every change a user makes to a runs table, as an undoable command on its {@link RunTableModel}:
 * typing in a cell, paste, fill down, add/duplicate/delete rows, new columns, an import.
 * Rows are model row indexes; a view maps its sorted or filtered positions before calling.
 */
public final class RunTableEditor {
    private final RunTableModel model;
    private final UndoHistory history = new UndoHistory();
    private final List<Runnable> historyListeners = new ArrayList<>();

    public RunTableEditor(RunTableModel model) {
        this.model = model;
    }

    public RunTableModel model() {
        return model;
    }

    /** Sets one cell; an empty value clears the override. Returns false when nothing changed. */
    public boolean setCell(int row, int column, String value) {
        return setCells("edit " + model.column(column).key(), new int[] {row}, new int[] {column},
                new String[] {value}) > 0;
    }

    /** Sets the same value in many cells (paste of one value into a selection, or clear with null). */
    public int fillCells(int[] rows, int[] columns, String value) {
        String[] values = new String[rows.length];
        Arrays.fill(values, value);
        return setCells(value == null ? "clear cells" : "fill cells", rows, columns, values);
    }

    /**
     * Pastes a tab/newline block with its top-left at {@code rowsFromAnchor[0]}, {@code anchorColumn}.
     * Block rows go to the given rows in turn, then to new rows added at the end of the table.
     * Columns past the last one are left out and counted.
     */
    public PasteResult paste(String text, int[] rowsFromAnchor, int anchorColumn) {
        String[][] block = TabularText.parse(text);
        if (block.length == 0) {
            return new PasteResult(0, 0, 0);
        }
        int width = Arrays.stream(block).mapToInt(r -> r.length).max().orElse(0);
        int usable = Math.min(width, model.columnCount() - anchorColumn);
        int existing = Math.min(block.length, rowsFromAnchor.length);
        List<RunEdit> edits = new ArrayList<>();
        CellList cells = new CellList();
        for (int r = 0; r < existing; r++) {
            for (int c = 0; c < usable && c < block[r].length; c++) {
                cells.add(rowsFromAnchor[r], anchorColumn + c, block[r][c]);
            }
        }
        if (!cells.isEmpty()) {
            edits.add(cells.toEdit("paste", model));
        }
        int added = block.length - existing;
        if (added > 0) {
            int[] positions = new int[added];
            String[][] values = new String[added][model.columnCount()];
            for (int i = 0; i < added; i++) {
                positions[i] = model.rowCount() + i;
                String[] source = block[existing + i];
                for (int c = 0; c < usable && c < source.length; c++) {
                    values[i][anchorColumn + c] = source[c];
                }
            }
            edits.add(new RunEdit.InsertRows("paste rows", positions, values, null));
        }
        if (!edits.isEmpty()) {
            do_(new RunEdit.Compound("paste " + block.length + " × " + width, edits));
        }
        return new PasteResult(cells.size(), added, Math.max(0, width - usable));
    }

    /** The cells of the given rows and columns as a block for the clipboard. */
    public String copy(int[] rows, int[] columns) {
        String[][] block = new String[rows.length][columns.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                block[r][c] = model.get(rows[r], columns[c]);
            }
        }
        return TabularText.format(block);
    }

    /** Copies the first row's value of each column into the other rows. Returns the cells changed. */
    public int fillDown(int[] rows, int[] columns) {
        if (rows.length < 2) {
            return 0;
        }
        CellList cells = new CellList();
        for (int column : columns) {
            String top = model.get(rows[0], column);
            for (int r = 1; r < rows.length; r++) {
                cells.add(rows[r], column, top);
            }
        }
        return apply(cells, "fill down");
    }

    /** Adds an empty run at {@code at} with a new unique runSettingId; returns its row. */
    public int addRow(int at) {
        String[] values = new String[model.columnCount()];
        values[0] = uniqueId("run-" + (model.rowCount() + 1), ids());
        do_(new RunEdit.InsertRows("add run", new int[] {at}, new String[][] {values}, null));
        return at;
    }

    /** Inserts copies of the rows after the last of them, each with a new runSettingId. Returns the first copy's row. */
    public int duplicateRows(int[] rows) {
        int[] sorted = sortedDistinct(rows);
        if (sorted.length == 0) {
            return -1;
        }
        Set<String> ids = ids();
        int first = sorted[sorted.length - 1] + 1;
        int[] positions = new int[sorted.length];
        String[][] values = new String[sorted.length][];
        String[] extras = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            positions[i] = first + i;
            values[i] = rowValues(sorted[i]);
            String id = values[i][0] == null ? "run" : values[i][0];
            values[i][0] = uniqueId(id + "-copy", ids);
            ids.add(values[i][0]);
            extras[i] = model.extras(sorted[i]);
        }
        do_(new RunEdit.InsertRows("duplicate " + sorted.length + " runs", positions, values, extras));
        return first;
    }

    public void deleteRows(int[] rows) {
        int[] sorted = sortedDistinct(rows);
        if (sorted.length > 0) {
            do_(new RunEdit.RemoveRows("delete " + sorted.length + " runs", sorted));
        }
    }

    /** Adds a parameter or tag column (parameters before tags); returns its index, or the existing one's. */
    public int addColumn(RunColumn column) {
        int existing = model.columnIndex(column.key());
        if (existing >= 0) {
            return existing;
        }
        int index = model.columnCount();
        if (column.kind() != RunColumn.Kind.TAG) {
            while (index > 0 && model.column(index - 1).kind() == RunColumn.Kind.TAG) {
                index--;
            }
        }
        do_(new RunEdit.AddColumn("add column " + column.key(), index, column, null));
        return index;
    }

    /** Types a parameter column as text or JSON (see {@link RunColumn}). */
    public void setColumnType(int column, RunColumn.ValueType type) {
        RunColumn before = model.column(column);
        if (before.isParameter() && before.type() != type) {
            do_(new RunEdit.Retype("make " + before.key() + " " + type, column, before, before.withType(type)));
        }
    }

    /**
     * Replaces the table with another's content (an import); undoable as one step. The source's
     * arrays are taken over, not copied (the source is left empty), so this costs the same for
     * 100,000 runs as for one: build the source off the FX thread and hand it over here.
     */
    public void replaceAll(RunTableModel source, String description) {
        do_(new RunEdit.ReplaceAll(description, source.takeAll()));
    }

    /** Takes another table's content as the starting point, forgetting the undo history (opening a draft). */
    public void load(RunTableModel source) {
        model.replaceAll(source.snapshot());
        history.clear();
        model.fire(RunTableChange.COLUMNS);
        historyChanged();
    }

    public boolean undo() {
        Optional<RunEdit> edit = history.takeUndo();
        edit.ifPresent(e -> e.revert(model));
        historyChanged();
        return edit.isPresent();
    }

    public boolean redo() {
        Optional<RunEdit> edit = history.takeRedo();
        edit.ifPresent(e -> e.apply(model));
        historyChanged();
        return edit.isPresent();
    }

    /** What Undo would undo ("paste 3 × 2"), empty when nothing. */
    public Optional<String> undoDescription() {
        return history.nextUndo();
    }

    public Optional<String> redoDescription() {
        return history.nextRedo();
    }

    /** Called after every edit, undo and redo. */
    public void addHistoryListener(Runnable listener) {
        historyListeners.add(listener);
    }

    private int setCells(String description, int[] rows, int[] columns, String[] values) {
        CellList cells = new CellList();
        for (int i = 0; i < rows.length; i++) {
            cells.add(rows[i], columns[i], values[i]);
        }
        return apply(cells, description);
    }

    private int apply(CellList cells, String description) {
        RunEdit.Cells edit = cells.toEdit(description, model);
        if (edit.rows().length == 0) {
            return 0;
        }
        do_(edit);
        return edit.rows().length;
    }

    private void do_(RunEdit edit) {
        edit.apply(model);
        history.done(edit);
        historyChanged();
    }

    private void historyChanged() {
        historyListeners.forEach(Runnable::run);
    }

    private String[] rowValues(int row) {
        String[] values = new String[model.columnCount()];
        for (int c = 0; c < values.length; c++) {
            values[c] = model.get(row, c);
        }
        return values;
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < model.rowCount(); r++) {
            ids.add(model.get(r, 0));
        }
        return ids;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static int[] sortedDistinct(int[] rows) {
        return Arrays.stream(rows).distinct().sorted().toArray();
    }

    /** What a paste did, for the status line. */
    public record PasteResult(int cellsChanged, int rowsAdded, int columnsLeftOut) {
        public String message() {
            String text = "Pasted into " + cellsChanged + " cells" + (rowsAdded > 0 ? ", added " + rowsAdded + " runs" : "");
            return columnsLeftOut > 0 ? text + "; " + columnsLeftOut + " columns past the last one were left out" : text;
        }
    }
}
