package org.omicsbatch.ui.wizard.runs;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.ui.components.runs.CellProblem;
import org.omicsbatch.ui.components.runs.InlineSettingsCodec;
import org.omicsbatch.ui.components.runs.RunColumn;
import org.omicsbatch.ui.components.runs.RunTableEditor;
import org.omicsbatch.ui.components.runs.RunTableModel;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * The Runs step: the draft's runs as an editable table. The table is the working copy; it is written
 * back to the {@link DraftState} by {@link #commitToDraft()} (the view does so shortly after each edit,
 * the shell before leaving the step), and reloaded when someone else replaces the draft's runs.
 */
public final class RunsViewModel {
    private final DraftState state;
    private final RunTableModel model = new RunTableModel();
    private final RunTableEditor editor = new RunTableEditor(model);
    private final IntegerProperty runCount = new SimpleIntegerProperty();
    private final UndoLabels undoLabels = new UndoLabels();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<CellProblem> cellProblems = FXCollections.observableArrayList();
    private final ObjectProperty<CellRef> focusRequest = new SimpleObjectProperty<>();
    private final CellMarks marks = new CellMarks();
    private long loadSerial; // a background load of the draft's runs applies only if it is the newest
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final TaskExecutor executor;
    private final RowFinder finder;
    private final DraftWriter writer;

    /** Up to this many runs, an edit is written to the draft on the FX thread (a few milliseconds). */
    static final int SYNC_COMMIT_ROWS = 10_000;

    public RunsViewModel(DraftState state, TaskExecutor executor) {
        this(state, executor, WriteBack.RowConverter.CODEC);
    }

    /** With the conversion of a row given: tests count through it how many runs a write-back makes. */
    RunsViewModel(DraftState state, TaskExecutor executor, WriteBack.RowConverter converter) {
        this.state = state;
        this.executor = executor;
        this.finder = new RowFinder(executor);
        this.writer = new DraftWriter(state, model, executor, converter, cellProblems, marks, status, loading::get);
        model.addListener(change -> {
            writer.changed();
            runCount.set(model.rowCount());
            marks.forgetReview();
        });
        editor.addHistoryListener(() -> undoLabels.update(editor));
        state.draftProperty().addListener((o, old, draft) -> {
            if (!writer.isWriting() && (old == null || draft.runs() != old.runs())) {
                loadFromDraft();
            }
        });
        loadFromDraft();
    }

    /**
     * Fills the table from the draft's runs (plus a column per template parameter); forgets undo. A large draft's
     * table is built off the FX thread: until then the table is empty, read-only and never written back.
     */
    public void loadFromDraft() {
        BatchDraft draft = state.draft();
        long serial = ++loadSerial;
        writer.dropRunning(); // a write-back under way would overwrite the draft just loaded
        List<String> template = templateParameters();
        if (draft.runs().size() <= SYNC_COMMIT_ROWS) {
            loaded(InlineSettingsCodec.toTable(draft.runs(), template));
            return;
        }
        loaded(new RunTableModel());
        loading.set(true);
        status.set("Opening " + draft.runs().size() + " runs…");
        executor.execute(BackgroundTask.<RunTableModel>of("Opening the runs",
                p -> InlineSettingsCodec.toTable(draft.runs(), template)).onSuccess(table -> {
                    if (serial == loadSerial) {
                        loaded(table);
                        status.set("");
                    }
                }).onFailure(e -> status.set("Could not show the draft's runs: " + e.getMessage()))); // stays read-only
    }

    private void loaded(RunTableModel table) {
        loading.set(false);
        editor.load(table);
        cellProblems.clear();
        marks.written(Map.of());
        writer.tableIsDraft();
    }

    /** Writes the table to the draft now; cells that cannot become values are kept in {@link #cellProblems()}. */
    public void commitToDraft() {
        writer.commitNow();
    }

    /**
     * Brings the table's edits into the draft, then runs {@code then} (on the FX thread): what Review does
     * first. Never converts 100,000 runs on the FX thread: a write-back under way is waited for (the
     * edits made since are few rows, converted at once); rows inserted, deleted or moved in a large
     * table are written back in the background first.
     */
    public void commitThen(Runnable then) {
        writer.commitThen(then);
    }

    /**
     * Writes the table to the draft after an edit: at once for a small table; for a large one the
     * conversion of a copy (which costs one reference per column) runs off the FX thread, and only the
     * runs edited since the draft was written are made anew. One at a time: edits made meanwhile wait
     * for it to end and are then written together. Nothing happens when the draft already holds the table.
     */
    public void commitSoon() {
        writer.commitSoon();
    }

    /**
     * Replaces the table with imported runs, as one step of undo; {@code jsonParameters} get JSON columns.
     * Everything that walks the runs (building the table, converting it for the draft) happens off the
     * FX thread; the FX thread only swaps the finished table in, which costs the same for any size.
     */
    public void acceptImport(List<InlineSetting> runs, List<String> jsonParameters, String description) {
        List<String> template = templateParameters();
        List<InlineSetting> base = state.draft().runs();
        executor.execute(BackgroundTask.<ImportedTable>of("Filling the runs table",
                p -> ImportedTable.of(runs, template, jsonParameters, base)).onSuccess(imported -> {
            loadSerial++; // the import replaces a draft's table still being built, too
            loading.set(false);
            editor.replaceAll(imported.table(), description);
            writer.imported(imported.written()); // a write-back of the table before the import is stale now
            status.set(description + ": " + runs.size() + " runs (Ctrl+Z undoes the import)");
        }));
    }

    /** The filter's search of the rows, off the FX thread (see {@link RowFinder}). */
    public void findRows(RunTableModel table, String query, java.util.function.Consumer<int[]> found) {
        finder.find(table, query, found);
    }

    /** What an empty cell of the column inherits from the run defaults, as the cell would show it. */
    public String defaultFor(RunColumn column) {
        return DraftColumns.defaultFor(state.draft().defaultRunSetting(), column);
    }

    /** The problem of a cell: found by the last write-back, or by the last review until the next edit; or null. */
    public String problemAt(int row, String columnKey) {
        return marks.at(row, columnKey);
    }

    /** Marks the cells of the review's run-level problems (until the next edit). */
    public void showReviewProblems(List<Problem> problems) {
        marks.review(problems);
    }

    /**
     * Asks the view to show a run's field: {@code field} is a problem's path ({@code priority},
     * {@code parameters.fastq_1}, {@code runTags.project}); a parameter without a column gets one.
     */
    public void goTo(int runIndex, String field) {
        String key = DraftColumns.columnKey(field);
        if (key.startsWith(RunColumn.PARAM_PREFIX) && model.columnIndex(key) < 0) {
            editor.addColumn(RunColumn.parameter(key.substring(RunColumn.PARAM_PREFIX.length()), RunColumn.ValueType.TEXT));
        }
        focusRequest.set(null); // the same cell asked twice must still be shown
        focusRequest.set(new CellRef(runIndex, key));
    }

    public void addParameterColumn(String name, boolean json) {
        if (name != null && !name.isBlank()) {
            editor.addColumn(RunColumn.parameter(name.strip(), json ? RunColumn.ValueType.JSON : RunColumn.ValueType.TEXT));
        }
    }

    public void addTagColumn(String key) {
        if (key != null && !key.isBlank()) {
            editor.addColumn(RunColumn.tag(key.strip()));
        }
    }

    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    private List<String> templateParameters() {
        var workflow = state.workflowProperty().get();
        return DraftColumns.parameterNames(workflow == null ? null : workflow.parameterTemplate());
    }

    public RunTableEditor editor() {
        return editor;
    }

    public RunTableModel model() {
        return model;
    }

    /** True while a large draft's table is built in the background (the table is empty and read-only then). */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    public IntegerProperty runCountProperty() {
        return runCount;
    }

    public BooleanProperty canUndoProperty() {
        return undoLabels.canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return undoLabels.canRedo;
    }

    public StringProperty undoTextProperty() {
        return undoLabels.undoText;
    }

    public StringProperty redoTextProperty() {
        return undoLabels.redoText;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<CellProblem> cellProblems() {
        return cellProblems;
    }

    /** Changes whenever the problem marks of cells change (not at every write-back): the view redraws then. */
    public IntegerProperty marksProperty() {
        return marks.version();
    }

    /** The cell the view should select and scroll to (set by {@link #goTo}). */
    public ObjectProperty<CellRef> focusRequestProperty() {
        return focusRequest;
    }

    /** A cell by run index and column key. */
    public record CellRef(int row, String columnKey) {
    }
}
