package org.omicsbatch.ui.wizard.runs;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.omicsbatch.ui.components.runs.RunTableEditor;

/** What the Undo and Redo buttons show for a runs table: enabled or not, and "Undo paste 3 × 2". */
final class UndoLabels {
    final BooleanProperty canUndo = new SimpleBooleanProperty();
    final BooleanProperty canRedo = new SimpleBooleanProperty();
    final StringProperty undoText = new SimpleStringProperty("Undo");
    final StringProperty redoText = new SimpleStringProperty("Redo");

    /** Reads the editor's history again (after every edit, undo and redo). */
    void update(RunTableEditor editor) {
        canUndo.set(editor.undoDescription().isPresent());
        canRedo.set(editor.redoDescription().isPresent());
        undoText.set(editor.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(editor.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }
}
