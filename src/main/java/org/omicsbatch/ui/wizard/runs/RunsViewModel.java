package org.omicsbatch.ui.wizard.runs;

import java.util.HashMap;
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
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty("Undo");
    private final StringProperty redoText = new SimpleStringProperty("Redo");
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<CellProblem> cellProblems = FXCollections.observableArrayList();
    private final ObjectProperty<CellRef> focusRequest = new SimpleObjectProperty<>();
    private Map<String, String> problemIndex = Map.of();
    private Map<String, String> reviewIndex = Map.of();
    private boolean writing;
    private long commitSerial;
    private final TaskExecutor executor;

    /** Up to this many runs, an edit is written to the draft on the FX thread (a few milliseconds). */
    static final int SYNC_COMMIT_ROWS = 10_000;

    public RunsViewModel(DraftState state, TaskExecutor executor) {
        this.state = state;
        this.executor = executor;
        model.addListener(change -> {
            runCount.set(model.rowCount());
            reviewIndex = Map.of(); // marks from the last review go stale with any edit
        });
        editor.addHistoryListener(this::historyChanged);
        state.draftProperty().addListener((o, old, draft) -> {
            if (!writing && (old == null || draft.runs() != old.runs())) {
                loadFromDraft();
            }
        });
        loadFromDraft();
    }

    /** Fills the table from the draft's runs (plus a column per template parameter); forgets undo. */
    public void loadFromDraft() {
        BatchDraft draft = state.draft();
        editor.load(InlineSettingsCodec.toTable(draft.runs(), templateParameters()));
        cellProblems.clear();
        problemIndex = Map.of();
    }

    /** Writes the table to the draft now; cells that cannot become values are kept in {@link #cellProblems()}. */
    public void commitToDraft() {
        commitSerial++;
        apply(InlineSettingsCodec.toInlineSettings(model));
    }

    /**
     * Writes the table to the draft after an edit: at once for a small table; for a large one the
     * conversion of a copy runs off the FX thread, and only the newest result is applied.
     */
    public void commitSoon() {
        if (model.rowCount() <= SYNC_COMMIT_ROWS) {
            commitToDraft();
            return;
        }
        long serial = ++commitSerial;
        RunTableModel copy = model.detachedCopy();
        executor.execute(BackgroundTask.<InlineSettingsCodec.Conversion>of("Saving the runs to the draft",
                p -> InlineSettingsCodec.toInlineSettings(copy)).onSuccess(conversion -> {
                    if (serial == commitSerial) {
                        apply(conversion);
                    }
                }));
    }

    private void apply(InlineSettingsCodec.Conversion conversion) {
        cellProblems.setAll(conversion.problems());
        Map<String, String> index = new HashMap<>();
        conversion.problems().forEach(p -> index.put(p.row() + "\u0000" + p.columnKey(), p.message()));
        problemIndex = index;
        if (!conversion.runs().equals(state.draft().runs())) {
            writing = true;
            try {
                state.update(d -> d.withRuns(conversion.runs()));
            } finally {
                writing = false;
            }
        }
    }

    /** Replaces the table with imported runs, as one step of undo; {@code jsonParameters} get JSON columns. */
    public void acceptImport(List<InlineSetting> runs, List<String> jsonParameters, String description) {
        List<String> template = templateParameters();
        // Building the table of 100,000 imported runs takes seconds: never on the FX thread.
        executor.execute(BackgroundTask.<RunTableModel>of("Filling the runs table",
                p -> tableOf(runs, template, jsonParameters)).onSuccess(imported -> {
                    editor.replaceAll(imported, description);
                    status.set(description + ": " + runs.size() + " runs (Ctrl+Z undoes the import)");
                    commitSoon();
                }));
    }

    private static RunTableModel tableOf(List<InlineSetting> runs, List<String> template, List<String> jsonParameters) {
        RunTableModel imported = InlineSettingsCodec.toTable(runs, template);
        RunTableEditor importedEditor = new RunTableEditor(imported);
        for (String name : jsonParameters) {
            int column = imported.columnIndex(RunColumn.PARAM_PREFIX + name);
            if (column >= 0) {
                importedEditor.setColumnType(column, RunColumn.ValueType.JSON);
            }
        }
        return imported;
    }

    /** What an empty cell of the column inherits from the run defaults, as the cell would show it. */
    public String defaultFor(RunColumn column) {
        return DraftColumns.defaultFor(state.draft().defaultRunSetting(), column);
    }

    /** The problem of a cell: found by the last write-back, or by the last review until the next edit; or null. */
    public String problemAt(int row, String columnKey) {
        String key = row + "\u0000" + columnKey;
        String own = problemIndex.get(key);
        return own != null ? own : reviewIndex.get(key);
    }

    /** Marks the cells of the review's run-level problems (until the next edit). */
    public void showReviewProblems(List<Problem> problems) {
        Map<String, String> index = new HashMap<>();
        for (Problem p : problems) {
            if (p.isRunLevel()) {
                index.putIfAbsent(p.runIndex() + "\u0000" + columnKey(p.field()),
                        (p.isError() ? "" : "Warning: ") + p.message());
            }
        }
        reviewIndex = index;
    }

    /**
     * Asks the view to show a run's field: {@code field} is a problem's path ({@code priority},
     * {@code parameters.fastq_1}, {@code runTags.project}); a parameter without a column gets one.
     */
    public void goTo(int runIndex, String field) {
        String key = columnKey(field);
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

    /** A problem's field path as a column key: {@code parameters.x} → {@code param:x}. */
    static String columnKey(String field) {
        return DraftColumns.columnKey(field);
    }

    private List<String> templateParameters() {
        var workflow = state.workflowProperty().get();
        return DraftColumns.parameterNames(workflow == null ? null : workflow.parameterTemplate());
    }

    private void historyChanged() {
        canUndo.set(editor.undoDescription().isPresent());
        canRedo.set(editor.redoDescription().isPresent());
        undoText.set(editor.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(editor.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    public RunTableEditor editor() {
        return editor;
    }

    public RunTableModel model() {
        return model;
    }

    public IntegerProperty runCountProperty() {
        return runCount;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
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

    /** The cell the view should select and scroll to (set by {@link #goTo}). */
    public ObjectProperty<CellRef> focusRequestProperty() {
        return focusRequest;
    }

    /** A cell by run index and column key. */
    public record CellRef(int row, String columnKey) {
    }
}
