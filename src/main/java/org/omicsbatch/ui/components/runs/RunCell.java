package org.omicsbatch.ui.components.runs;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * One cell of the runs table. An empty cell shows the value the run inherits, muted; a value that
 * differs from the default is highlighted; a cell with a problem is marked and says why in its tooltip.
 * Editing is a plain text field: Enter or leaving the cell commits, Escape cancels.
 *
 * <p>Drawing a cell is on the path of every scroll step, for every cell on screen, so it makes no
 * nodes and no per-cell strings: the look is a pseudo-class (a style class change would restyle the
 * cell from scratch), and tooltips and the inherited value come from the column's {@link ColumnLook}.
 */
final class RunCell extends TableCell<Integer, String> {
    static final PseudoClass OVERRIDDEN = PseudoClass.getPseudoClass("overridden");
    static final PseudoClass INHERITED = PseudoClass.getPseudoClass("inherited");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final RunTableView owner;
    private final int column;
    private TextField field;
    private Tooltip problemTip;

    RunCell(RunTableView owner, int column) {
        this.owner = owner;
        this.column = column;
        getStyleClass().add("run-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || getIndex() < 0 || getIndex() >= owner.rows().size()) {
            look(null, false, false, null);
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
        ColumnLook look = owner.look(column);
        String problem = owner.problemAt(owner.rows().modelRow(getIndex()), look.key());
        boolean inherited = item == null && look.inherited() != null;
        boolean overridden = item != null && look.overrides(item);
        setText(item == null ? look.inherited() : item);
        Tooltip tip = problem != null ? problemTip(problem)
                : inherited ? look.inheritedTip() : overridden ? look.overriddenTip() : null;
        look(tip, inherited, overridden, problem);
    }

    private void look(Tooltip tip, boolean inherited, boolean overridden, String problem) {
        pseudoClassStateChanged(INHERITED, inherited);
        pseudoClassStateChanged(OVERRIDDEN, overridden);
        pseudoClassStateChanged(INVALID, problem != null);
        if (getTooltip() != tip) {
            setTooltip(tip);
        }
    }

    /** Problems are few, so their cells keep a tooltip of their own, made once. */
    private Tooltip problemTip(String problem) {
        if (problemTip == null) {
            problemTip = new Tooltip();
        }
        if (!problem.equals(problemTip.getText())) {
            problemTip.setText(problem);
        }
        return problemTip;
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
                getTableView().requestFocus();
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
        // The table also cancels an edit when it reuses this cell for another index during layout,
        // possibly one past the (filtered) rows: then there is nothing to show.
        if (isEmpty() || getIndex() < 0 || getIndex() >= owner.rows().size()) {
            setText(null);
        } else {
            show(getItem());
        }
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        setGraphic(null);
        getTableView().requestFocus(); // keys (Ctrl+Z, arrows) go back to the table, not the removed field
    }
}
