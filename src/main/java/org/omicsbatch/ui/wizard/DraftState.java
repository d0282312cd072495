package org.omicsbatch.ui.wizard;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.model.BatchDraft;

/**
 * The draft being edited, shared by every wizard step. The draft itself is an immutable value:
 * a step changes it with {@link #update}, so each change is one observable replacement (which makes
 * autosave and undo simple).
 */
public final class DraftState {
    private final ObjectProperty<BatchDraft> draft = new SimpleObjectProperty<>(BatchDraft.empty());
    private final ObjectProperty<WorkflowDetails> workflow = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();

    public ObjectProperty<BatchDraft> draftProperty() {
        return draft;
    }

    public BatchDraft draft() {
        return draft.get();
    }

    /** Applies one change to the draft and marks it unsaved. Call on the FX thread. */
    public void update(UnaryOperator<BatchDraft> change) {
        draft.set(change.apply(draft.get()));
        dirty.set(true);
    }

    /** The workflow the draft runs, with its parameter template (null until one is chosen). */
    public ObjectProperty<WorkflowDetails> workflowProperty() {
        return workflow;
    }

    /** The draft's file, or null while it was never saved. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }
}
