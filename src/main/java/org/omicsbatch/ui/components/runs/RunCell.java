package org.omicsbatch.ui.components.runs;

import java.util.Objects;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * One cell of the runs table. An empty cell shows the value the run inherits, muted; a value that
 * differs from the default is highlighted; a cell with a problem is marked and says why in its tooltip.
 * Editing is a plain text field: Enter or leaving the cell commits, Escape cancels.
 */
final class RunCell extends TableCell<Integer, String> {
    static final String OVERRIDDEN = "run-cell-overridden";
    static final String INHERITED = "run-cell-inherited";
    static final String INVALID = "run-cell-invalid";

    private final RunTableView owner;
    private final int column;
    private TextField field;

    RunCell(RunTableView owner, int column) {
        this.owner = owner;
        this.column = column;
        getStyleClass().add("run-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(OVERRIDDEN, INHERITED, INVALID);
        setTooltip(null);
        if (empty || getIndex() < 0 || getIndex() >= owner.rows().size()) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (isEditing()) {
            return;
        }
        setGraphic(null);
        show(item);
    }

    private void show(String item) {
        RunColumn definition = owner.editor().model().column(column);
        String inherited = owner.defaultFor(definition);
        String problem = owner.problemAt(owner.rows().modelRow(getIndex()), definition.key());
        if (item == null) {
            setText(inherited);
            if (inherited != null) {
                getStyleClass().add(INHERITED);
                setTooltip(new Tooltip("From the run defaults: " + inherited));
            }
        } else {
            setText(item);
            if (definition.kind() != RunColumn.Kind.RUN_SETTING_ID && !Objects.equals(item, inherited)) {
                getStyleClass().add(OVERRIDDEN);
                setTooltip(new Tooltip(inherited == null ? "Set for this run only"
                        : "Replaces the default: " + inherited));
            }
        }
        if (problem != null) {
            getStyleClass().add(INVALID);
            setTooltip(new Tooltip(problem));
        }
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem());
        field.setOnAction(e -> commitEdit(field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && isEditing()) {
                commitEdit(field.getText());
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        show(getItem());
        getTableView().requestFocus();
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        setGraphic(null);
        getTableView().requestFocus(); // keys (Ctrl+Z, arrows) go back to the table, not the removed field
    }
}
