package org.omicsbatch.ui.components.runs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The undo and redo stacks of a runs table. Bounded: the oldest steps fall off first. */
final class UndoHistory {
    static final int LIMIT = 200;

    private final Deque<RunEdit> undo = new ArrayDeque<>();
    private final Deque<RunEdit> redo = new ArrayDeque<>();

    void done(RunEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<RunEdit> takeUndo() {
        RunEdit edit = undo.poll();
        if (edit != null) {
            redo.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    Optional<RunEdit> takeRedo() {
        RunEdit edit = redo.poll();
        if (edit != null) {
            undo.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(RunEdit::description);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(RunEdit::description);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
