package org.omicsbatch.ui.wizard.runs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.ui.components.runs.RunTableView;
import org.omicsbatch.ui.wizard.DraftState;

/** The Runs step: toolbar, the runs table, a status line. Binds a {@link RunsViewModel}; no logic of its own. */
public final class RunsView {
    private final RunsViewModel model;
    private final RunTableView table;
    private final BorderPane root = new BorderPane();
    private final PauseTransition commitSoon = new PauseTransition(Duration.millis(400));
    private Consumer<Path> onImport = p -> { };

    public RunsView(RunsViewModel model, DraftState state) {
        this.model = model;
        this.table = new RunTableView(model.editor());
        table.setDefaults(model::defaultFor);
        table.setProblems(model::problemAt);
        table.setRowSearch(model::findRows); // the filter searches off the FX thread
        table.setOnStatus(model.statusProperty()::set);
        table.setOnFileDropped(file -> onImport.accept(file));
        table.table().setId("runs-table");
        table.table().disableProperty().bind(model.loadingProperty()); // a large draft's table is on its way
        // Edits reach the draft shortly after the user stops typing, not at every keystroke.
        commitSoon.setOnFinished(e -> model.commitSoon());
        model.model().addListener(change -> commitSoon.playFromStart());
        // Cells are redrawn when what they show besides their value changes: the defaults they inherit,
        // their problem marks. Not at every write-back of the runs: a redraw makes every cell anew.
        state.draftProperty().addListener((o, old, now) -> {
            if (old == null || old.defaultRunSetting() != now.defaultRunSetting()) {
                refreshUnlessEditing();
            }
        });
        model.marksProperty().addListener((o, old, now) -> refreshUnlessEditing());
        model.focusRequestProperty().addListener((o, old, cell) -> {
            if (cell != null) {
                table.focusCell(cell.row(), cell.columnKey());
            }
        });
        root.getStyleClass().add("runs-step");
        root.setTop(topBar());
        // The table is what the step is for: Ctrl+V on arriving pastes there, not into the find box.
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(() -> table.table().requestFocus());
            }
        });
        root.setCenter(table.table());
        root.setBottom(statusLine());
    }

    /**
     * Redraws the cells (defaults and problems may have changed), but never while the user types in
     * one: a refresh rebuilds the cells and would throw the edit away. The commit redraws that cell.
     */
    private void refreshUnlessEditing() {
        if (table.table().getEditingCell() == null) {
            table.refresh();
        }
    }

    public Node node() {
        return root;
    }

    public RunTableView table() {
        return table;
    }

    /**
     * Called with a sheet to import: the file dropped on the table, or null for the Import button
     * (the owner then asks for a file). The import dialog lives with the owner so it can use the sheet
     * importer and the shared task executor.
     */
    public void setOnImport(Consumer<Path> value) {
        onImport = value;
    }

    private ToolBar toolbar() {
        Button importSheet = button("Import…", Material2AL.FILE_UPLOAD, "Import a sample sheet (or drop a file on the table)");
        importSheet.setId("import-sheet");
        importSheet.setOnAction(e -> onImport.accept(null));
        Button add = button("Add run", Material2AL.ADD, "Add a run after the selection");
        add.setOnAction(e -> table.actions().addRowAfterSelection());
        Button duplicate = button("Duplicate", Material2AL.CONTENT_COPY, "Duplicate the selected runs");
        duplicate.setOnAction(e -> table.actions().duplicateSelection());
        Button delete = button("Delete", Material2AL.DELETE, "Delete the selected runs");
        delete.setOnAction(e -> table.actions().deleteSelection());
        Button fill = button("Fill down", Material2MZ.VERTICAL_ALIGN_BOTTOM, "Copy the top selected cell down (Ctrl+D)");
        fill.setOnAction(e -> table.actions().fillDown());
        Button undo = button("", Material2MZ.UNDO, "Ctrl+Z");
        undo.setId("runs-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.undoTextProperty().get() + " (Ctrl+Z)"),
                model.undoTextProperty()));
        Button redo = button("", Material2MZ.REDO, "Redo (Ctrl+Y)");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        Button param = button("Parameter", Material2MZ.PLAYLIST_ADD, "Add a column for a workflow parameter");
        param.setOnAction(e -> ask("Add a parameter column", "Parameter name").ifPresent(n -> model.addParameterColumn(n, false)));
        Button tag = button("Tag", Material2AL.LABEL, "Add a column for a run tag");
        tag.setOnAction(e -> ask("Add a run tag column", "Tag key").ifPresent(model::addTagColumn));
        return new ToolBar(importSheet, new Separator(), add, duplicate, delete, fill, new Separator(), undo, redo,
                new Separator(), param, tag);
    }

    /**
     * The buttons, then the find box outside the tool bar: when the window is narrow the buttons at
     * the end go into the bar's overflow menu, the find box never does.
     */
    private HBox topBar() {
        ToolBar tools = toolbar();
        tools.setMinWidth(0);
        tools.setStyle("-fx-background-color: transparent; -fx-border-color: transparent;");
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox find = findBox();
        find.setMinWidth(Region.USE_PREF_SIZE);
        find.setAlignment(Pos.CENTER_RIGHT);
        find.setPadding(new Insets(0, 8, 0, 4));
        HBox bar = new HBox(tools, find);
        bar.getStyleClass().add("tool-bar");
        bar.setPadding(Insets.EMPTY);
        return bar;
    }

    private HBox findBox() {
        TextField find = new TextField();
        find.setId("runs-filter");
        find.setPromptText("Find or filter runs");
        find.setPrefColumnCount(16);
        find.textProperty().bindBidirectional(model.filterProperty());
        PauseTransition filterSoon = new PauseTransition(Duration.millis(250));
        filterSoon.setOnFinished(e -> table.setFilter(model.filterProperty().get()));
        model.filterProperty().addListener((o, old, text) -> filterSoon.playFromStart());
        Button next = button("", Material2MZ.SEARCH, "Find the next cell containing the text");
        next.setOnAction(e -> {
            if (!table.findNext(find.getText())) {
                model.statusProperty().set("No cell contains \"" + find.getText() + "\"");
            }
        });
        find.setOnAction(e -> next.fire());
        HBox box = new HBox(4, find, next);
        return box;
    }

    private HBox statusLine() {
        Label count = new Label();
        count.setId("runs-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int total = model.runCountProperty().get();
            int shown = table.visibleRowCount();
            return total + (total == 1 ? " run" : " runs") + (shown == total ? "" : " (" + shown + " shown)");
        }, model.runCountProperty(), table.table().getItems()));
        Label status = new Label();
        status.setId("runs-status");
        status.textProperty().bind(model.statusProperty());
        Label problems = new Label();
        problems.getStyleClass().add("danger");
        problems.textProperty().bind(Bindings.createStringBinding(() -> model.cellProblems().isEmpty() ? ""
                : model.cellProblems().size() + " cells cannot be used as they are (marked red)", model.cellProblems()));
        HBox line = new HBox(16, count, problems, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        line.setPadding(new Insets(6, 10, 6, 10));
        return line;
    }

    private static Button button(String text, Ikon icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        if (text.isEmpty()) {
            b.getStyleClass().add("button-icon");
        }
        return b;
    }

    private Optional<String> ask(String title, String label) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        return dialog.showAndWait();
    }
}
