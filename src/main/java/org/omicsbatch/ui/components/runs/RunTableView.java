package org.omicsbatch.ui.components.runs;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/**
 * The runs table as a control: a virtualized {@link TableView} whose items are row indexes and whose
 * cells read the column arrays of a {@link RunTableModel}. Every change goes through the
 * {@link RunTableEditor}, so it can be undone. Keys: see {@link RunTableActions}.
 *
 * <p>Independent of the wizard: what a cell inherits ({@link #setDefaults}) and which cells have
 * problems ({@link #setProblems}) are supplied by the owner.
 */
public final class RunTableView {
    /** Fixed row height: the table never measures rows, which keeps scrolling 100,000 rows smooth. */
    public static final double ROW_HEIGHT = 28;
    /**
     * After an import, the table shows this many rows, then this many, then all, a pulse apart. The
     * session's first row and first cell run their code and styles for the first time: on a slow machine
     * ~15 ms of FX CPU for the row alone and ~10 ms for its first cell, so the first step shows one row
     * and makes its cells in the pulses after ({@link CellBudget#holdThisPulse}).
     */
    private static final int[] FIRST_ROWS = {1, 4};

    private final RunTableEditor editor;
    private final TableView<Integer> table = new TableView<>();
    private final RowIndexList rows = new RowIndexList();
    private Function<RunColumn, String> defaults = c -> null;
    private BiFunction<Integer, String, String> problems = (row, key) -> null;
    private Consumer<Path> onFileDropped = p -> { };
    private Consumer<String> onStatus = s -> { };
    private String filter = "";
    /** Finds the rows matching a query and hands them over on the FX thread; at once unless replaced. */
    private RowSearch rowSearch = (model, query, found) -> found.accept(RunTableSearch.matchingRows(model, query));
    private long searchSerial; // a search's rows are shown only if no newer filter or row change came meanwhile
    /**
     * Per model column, what its cells share: made on first use, asked again after a refresh (the
     * defaults may have changed) and kept when still the same, so its tooltips are made once.
     */
    private ColumnLook[] looks = new ColumnLook[0];
    private boolean[] lookFresh = new boolean[0];
    private final RunTableActions actions = new RunTableActions(this);
    private final Label placeholder = new Label(
            "No runs yet: import a sample sheet, drop a file here, paste from a spreadsheet or add a run.");
    /** Shown instead of {@link #placeholder} while an import's rows are still to come. */
    private final Region filling = new Region();
    private final FillOverPulses fill;
    private final CellBudget budget;

    public RunTableView(RunTableEditor editor) {
        this(editor, CellBudget::new);
    }

    /** With the rows' cells made within another budget per pulse: for tests. */
    RunTableView(RunTableEditor editor, Function<TableView<Integer>, CellBudget> cellBudget) {
        this.editor = editor;
        table.getStyleClass().add("run-table");
        table.setItems(rows);
        table.setEditable(true);
        table.setFixedCellSize(ROW_HEIGHT);
        SidewaysView sideways = new SidewaysView(table);
        budget = cellBudget.apply(table);
        fill = new FillOverPulses(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new OnScreenCellsRowSkin(this, table, sideways, budget);
            }
        });
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(placeholder);
        table.getStylesheets().add(RunTableView.class.getResource("runs-table.css").toExternalForm());
        editor.model().addListener(this::modelChanged);
        actions.install(table);
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> RunTableColumn.prepareMenu(e.getTarget()));
        table.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET,
                e -> RunTableColumn.prepareTooltip(e.getTarget()));
        installDragAndDrop();
        showColumns();
    }

    public TableView<Integer> table() {
        return table;
    }

    /** Paste, copy, fill down, add/duplicate/delete on the current selection. */
    public RunTableActions actions() {
        return actions;
    }

    public RunTableEditor editor() {
        return editor;
    }

    /** What a run inherits per column when its cell is empty (shown muted, used for highlighting). */
    public void setDefaults(Function<RunColumn, String> value) {
        defaults = value == null ? c -> null : value;
        refresh();
    }

    /** The problem of a cell (model row, column key), or null; shown as a mark and tooltip. */
    public void setProblems(BiFunction<Integer, String, String> value) {
        problems = value == null ? (r, k) -> null : value;
        refresh();
    }

    /** Redraws every cell, asking the defaults again (call it when what the runs inherit may have changed). */
    public void refresh() {
        Arrays.fill(lookFresh, false);
        redrawRows();
    }

    /**
     * Redraws the rows on screen with the cells they have: each row takes its index again, so each cell
     * asks the model for its value. {@code TableView.refresh()} would make every row and cell anew (new
     * skins, CSS from scratch): ~200 ms at every edit of a wide table on a slow machine.
     */
    private void redrawRows() {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getTableView() == table && row.getIndex() >= 0) {
                int index = row.getIndex();
                row.updateIndex(-1);
                row.updateIndex(index);
            }
        }
    }

    /** Called with a sheet file dropped on the table. */
    public void setOnFileDropped(Consumer<Path> value) {
        onFileDropped = value;
    }

    /** Called with a short sentence after paste, fill down and the like. */
    public void setOnStatus(Consumer<String> value) {
        onStatus = value;
    }

    /**
     * How the filter finds its rows, e.g. off the FX thread: it gets a copy of the table that nobody
     * writes (so another thread may read it) and calls back on the FX thread with the rows, ascending.
     */
    public void setRowSearch(RowSearch value) {
        rowSearch = value;
    }

    /** Finds the rows of a table that contain a query (see {@link #setRowSearch}). */
    @FunctionalInterface
    public interface RowSearch {
        void find(RunTableModel table, String query, Consumer<int[]> found);
    }

    /** Shows only the rows with a cell containing the text (blank shows all). */
    public void setFilter(String text) {
        filter = text == null ? "" : text;
        refilter();
    }

    /** How many rows the filter lets through. */
    public int visibleRowCount() {
        // Without a filter every run is shown, or is about to be: the table fills after the model changed.
        return filter.isBlank() ? editor.model().rowCount() : rows.size();
    }

    /** Selects and scrolls to a cell; clears the filter when it hides the row. Returns false when there is no such cell. */
    public boolean focusCell(int modelRow, String columnKey) {
        fill.finishNow();
        int column = editor.model().columnIndex(columnKey);
        if (modelRow < 0 || modelRow >= editor.model().rowCount()) {
            return false;
        }
        if (rows.positionOf(modelRow) < 0) {
            setFilter("");
        }
        int position = rows.positionOf(modelRow);
        TableColumn<Integer, ?> target = tableColumn(column);
        table.getSelectionModel().clearAndSelect(position, target);
        table.getFocusModel().focus(position, target);
        table.scrollTo(Math.max(0, position - 3));
        table.scrollToColumn(target); // cells of columns out of view are not made until they come into view
        table.requestFocus();
        return column >= 0;
    }

    /** Moves to the next cell containing the text; false when none does. */
    public boolean findNext(String text) {
        fill.finishNow();
        TablePosition<Integer, ?> focus = table.getFocusModel().getFocusedCell();
        int position = focus == null || focus.getRow() < 0 ? 0 : focus.getRow();
        int column = focus == null ? -1 : modelColumn(focus.getTableColumn());
        return RunTableSearch.next(editor.model(), rows.rows(), text, position, column)
                .map(found -> focusCell(rows.modelRow(found[0]), editor.model().column(found[1]).key()))
                .orElse(false);
    }

    RowIndexList rows() {
        return rows;
    }

    /** What the cells of a model column share; asks the defaults once per column, not once per cell. */
    ColumnLook look(int column) {
        if (looks.length != editor.model().columnCount()) {
            looks = Arrays.copyOf(looks, editor.model().columnCount());
            lookFresh = new boolean[looks.length];
        }
        if (!lookFresh[column]) {
            RunColumn definition = editor.model().column(column);
            String inherited = defaults.apply(definition);
            ColumnLook old = looks[column];
            looks[column] = old != null && old.isFor(definition, inherited) ? old : new ColumnLook(definition, inherited);
            lookFresh[column] = true;
        }
        return looks[column];
    }

    String problemAt(int modelRow, String columnKey) {
        return problems.apply(modelRow, columnKey);
    }

    void status(String message) {
        onStatus.accept(message);
    }

    /** The model column of a table column, or -1 for the row-number column. */
    int modelColumn(TableColumn<?, ?> column) {
        return column != null && column.getUserData() instanceof Integer index ? index : -1;
    }

    /** The table column of a model column; the row-number column for -1. */
    TableColumn<Integer, ?> tableColumn(int modelColumn) {
        fill.finishNow();
        return table.getColumns().get(modelColumn + 1);
    }

    private void modelChanged(RunTableChange change) {
        switch (change.type()) {
            case CELLS -> redrawRows();
            case ROWS -> refilter();
            case COLUMNS -> {
                Arrays.fill(lookFresh, false);
                showColumns();
            }
        }
    }

    private void refilter() {
        long serial = ++searchSerial;
        if (filter.isBlank()) {
            rows.setAll(editor.model().rowCount());
            return;
        }
        // Until the search ends the rows shown stay (less any past the end); a newer change drops its result.
        rows.keepBelow(editor.model().rowCount());
        rowSearch.find(editor.model().detachedCopy(), filter, found -> {
            if (serial == searchSerial) {
                rows.setRows(found);
            }
        });
    }

    /**
     * New columns: the rows shown that the model no longer has go at once. Many new columns (an import)
     * come over the next pulses with the rows after them ({@link FillOverPulses}), with no "no runs"
     * placeholder meanwhile.
     */
    private void showColumns() {
        List<TableColumn<Integer, ?>> shown = table.getColumns();
        List<TableColumn<Integer, ?>> columns = new java.util.ArrayList<>();
        columns.add(!shown.isEmpty() && modelColumn(shown.get(0)) < 0 ? shown.get(0) : rowNumberColumn());
        for (int c = 0; c < editor.model().columnCount(); c++) {
            columns.add(kept(shown, c) ? shown.get(c + 1) : new RunTableColumn(this, c).build());
        }
        rows.keepBelow(editor.model().rowCount());
        fill.fill(columns, () -> {
            rows.setAll(0);
            table.setPlaceholder(filling);
        }, () -> {
            budget.holdThisPulse();
            firstRows(FIRST_ROWS[0]).run();
        }, firstRows(FIRST_ROWS[1]), () -> {
            table.setPlaceholder(placeholder);
            refilter();
        });
    }

    /**
     * Whether the table column shown for model column {@code c} still shows it as the model has it now.
     * A table column sits at its model index + 1 (after the row numbers), also while a fill is pending.
     */
    private boolean kept(List<TableColumn<Integer, ?>> shown, int c) {
        return c + 1 < shown.size() && RunTableColumn.shows(shown.get(c + 1), c, editor.model().column(c));
    }

    private TableColumn<Integer, String> rowNumberColumn() {
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setEditable(false);
        number.setSortable(false);
        number.setReorderable(false);
        number.setPrefWidth(56);
        number.getStyleClass().add("run-number-column");
        number.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(Integer.toString(cell.getValue() + 1)));
        return number;
    }

    /** A step of an import's fill: shows the first {@code count} rows (no filter), and the "no runs" text again. */
    private Runnable firstRows(int count) {
        return () -> {
            table.setPlaceholder(placeholder);
            if (filter.isBlank()) {
                rows.setAll(Math.min(count, editor.model().rowCount()));
            }
        };
    }

    private void installDragAndDrop() {
        table.setOnDragOver(this::dragOver);
        table.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            if (files.size() == 1) {
                onFileDropped.accept(files.get(0).toPath());
            }
            event.setDropCompleted(files.size() == 1);
            event.consume();
        });
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }
}
