package org.omicsbatch.ui.components.runs;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * What a user does to the selected cells of a runs table, by key or menu: Ctrl+C copy, Ctrl+V paste,
 * Ctrl+D fill down, Delete clear, Ctrl+Z undo, Ctrl+Y (or Ctrl+Shift+Z) redo, F2 edit.
 */
public final class RunTableActions {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FILL_DOWN = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final RunTableView view;

    RunTableActions(RunTableView view) {
        this.view = view;
    }

    void install(TableView<Integer> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (table.getEditingCell() != null) {
                return; // keys belong to the cell's text field while editing
            }
            if (handle(event)) {
                event.consume();
            }
        });
    }

    private boolean handle(KeyEvent event) {
        if (COPY.match(event)) {
            copyToClipboard();
        } else if (PASTE.match(event)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                paste(text);
            }
        } else if (FILL_DOWN.match(event)) {
            fillDown();
        } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
            view.editor().redo();
        } else if (UNDO.match(event)) {
            view.editor().undo();
        } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            clearSelection();
        } else if (event.getCode() == KeyCode.F2) {
            editFocused();
        } else {
            return false;
        }
        return true;
    }

    /** Pastes at the focused cell; a single value pasted over several selected cells fills them all. */
    public void paste(String text) {
        TablePosition<Integer, ?> focus = focused();
        String[][] block = TabularText.parse(text);
        List<TablePosition> selected = selectedCells();
        if (block.length == 1 && block[0].length == 1 && selected.size() > 1) {
            int[][] cells = modelCells(selected);
            int changed = view.editor().fillCells(cells[0], cells[1], block[0][0]);
            view.status("Pasted one value into " + changed + " cells");
            return;
        }
        int position = focus == null || focus.getRow() < 0 ? view.rows().size() : focus.getRow();
        int column = focus == null ? 0 : Math.max(0, view.modelColumn(focus.getTableColumn()));
        int[] rowsFromAnchor = Arrays.copyOfRange(view.rows().rows(), Math.min(position, view.rows().size()),
                view.rows().size());
        view.status(view.editor().paste(text, rowsFromAnchor, column).message());
    }

    public void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(copy());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The selected cells' rectangle as a spreadsheet block. */
    public String copy() {
        Span span = selectedSpan();
        return view.editor().copy(span.modelRows(view.rows()), span.modelColumns());
    }

    /** Copies the top selected cell of each column down the selection (or the cell above a one-row selection). */
    public void fillDown() {
        Span span = selectedSpan();
        if (span.positions().size() == 1 && span.positions().first() > 0) {
            span.positions().add(span.positions().first() - 1);
        }
        int changed = view.editor().fillDown(span.modelRows(view.rows()), span.modelColumns());
        view.status("Filled down " + changed + " cells");
    }

    public void clearSelection() {
        int[][] cells = modelCells(selectedCells());
        view.editor().fillCells(cells[0], cells[1], null);
    }

    /** Model rows of the selected cells, ascending. */
    public int[] selectedModelRows() {
        return selectedCells().stream().mapToInt(p -> view.rows().modelRow(p.getRow())).distinct().sorted().toArray();
    }

    public void addRowAfterSelection() {
        int[] selected = selectedModelRows();
        int at = selected.length == 0 ? view.editor().model().rowCount() : selected[selected.length - 1] + 1;
        int row = view.editor().addRow(at);
        view.focusCell(row, "runSettingId");
    }

    public void duplicateSelection() {
        int first = view.editor().duplicateRows(selectedModelRows());
        if (first >= 0) {
            view.focusCell(first, "runSettingId");
        }
    }

    public void deleteSelection() {
        int[] selected = selectedModelRows();
        view.editor().deleteRows(selected);
        view.status("Deleted " + selected.length + " runs (Ctrl+Z brings them back)");
    }

    /** The rows (view positions) and model columns the selected data cells span. */
    private Span selectedSpan() {
        Span span = new Span(new TreeSet<>(), new TreeSet<>());
        for (TablePosition<?, ?> p : selectedCells()) {
            int column = view.modelColumn(p.getTableColumn());
            if (column >= 0) {
                span.positions().add(p.getRow());
                span.columns().add(column);
            }
        }
        return span;
    }

    private record Span(TreeSet<Integer> positions, TreeSet<Integer> columns) {
        int[] modelRows(RowIndexList rows) {
            return positions.stream().mapToInt(rows::modelRow).toArray();
        }

        int[] modelColumns() {
            return columns.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private void editFocused() {
        TablePosition<Integer, ?> focus = focused();
        if (focus != null && focus.getRow() >= 0 && view.modelColumn(focus.getTableColumn()) >= 0) {
            view.table().edit(focus.getRow(), focus.getTableColumn());
        }
    }

    @SuppressWarnings("unchecked")
    private TablePosition<Integer, ?> focused() {
        return view.table().getFocusModel().getFocusedCell();
    }

    @SuppressWarnings("rawtypes")
    private List<TablePosition> selectedCells() {
        return List.copyOf(view.table().getSelectionModel().getSelectedCells());
    }

    @SuppressWarnings("rawtypes")
    private int[][] modelCells(List<TablePosition> cells) {
        int[][] result = new int[2][];
        List<TablePosition> data = cells.stream().filter(p -> view.modelColumn(p.getTableColumn()) >= 0).toList();
        result[0] = data.stream().mapToInt(p -> view.rows().modelRow(p.getRow())).toArray();
        result[1] = data.stream().mapToInt(p -> view.modelColumn(p.getTableColumn())).toArray();
        return result;
    }
}
