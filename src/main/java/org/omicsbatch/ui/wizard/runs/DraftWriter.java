package org.omicsbatch.ui.wizard.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.components.runs.CellProblem;
import org.omicsbatch.ui.components.runs.RowChanges;
import org.omicsbatch.ui.components.runs.RunTableModel;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * Writes the Runs step's table into the draft (see {@link RunsViewModel}): the bookkeeping of which
 * changes the draft holds, the one background write-back at a time of a large table, and who waits
 * for it. Only the rows changed since the draft was written are converted; the rest of the draft's
 * runs are kept as they are. FX thread only.
 */
final class DraftWriter {
    private final DraftState state;
    private final RunTableModel model;
    private final TaskExecutor executor;
    private final WriteBack.RowConverter converter;
    private final ObservableList<CellProblem> cellProblems;
    private final CellMarks marks;
    private final StringProperty status;
    private final BooleanSupplier loading;
    private boolean writing;
    private long commitSerial;
    /** Counts the table's changes; the draft holds the table as it was at {@code writtenChanges}. */
    private long changes;
    private long writtenChanges = -1;
    private boolean writeBackRunning;
    /** Rows taken from the model's change log that the draft does not hold yet (a write-back may be converting them). */
    private RowChanges unwritten = RowChanges.NONE;
    /** Waiting for the write-back under way to end (true when it ended well). */
    private final List<Consumer<Boolean>> afterWriteBack = new ArrayList<>();

    DraftWriter(DraftState state, RunTableModel model, TaskExecutor executor, WriteBack.RowConverter converter,
            ObservableList<CellProblem> cellProblems, CellMarks marks, StringProperty status, BooleanSupplier loading) {
        this.state = state;
        this.model = model;
        this.executor = executor;
        this.converter = converter;
        this.cellProblems = cellProblems;
        this.marks = marks;
        this.status = status;
        this.loading = loading;
    }

    /** Called at every change of the table. */
    void changed() {
        changes++;
    }

    /** True while this writes the draft's runs (the draft's listeners must not reload the table then). */
    boolean isWriting() {
        return writing;
    }

    /** A write-back under way is stale (the table was replaced): its result is dropped. */
    void dropRunning() {
        commitSerial++;
    }

    /** The table is now what the draft holds (loaded from it, or imported and written). */
    void tableIsDraft() {
        writtenChanges = changes;
        model.takeChanges();
        unwritten = RowChanges.NONE;
    }

    /** An import's table and its conversion: stores the conversion as the draft's runs. */
    void imported(WriteBack written) {
        dropRunning();
        apply(written, changes);
        tableIsDraft();
    }

    /** See {@link RunsViewModel#commitToDraft()}. */
    void commitNow() {
        dropRunning();
        if (changes != writtenChanges && !loading.getAsBoolean()) {
            // Only the rows changed since the draft was written, including those a write-back under way
            // converts (its result is dropped): one edit costs one run here, even on the FX thread.
            RowChanges changed = unwritten.plus(model.takeChanges());
            apply(WriteBack.of(model, state.draft().runs(), changed, List.copyOf(cellProblems), converter), changes);
            unwritten = RowChanges.NONE;
        }
    }

    /** See {@link RunsViewModel#commitThen(Runnable)}. */
    void commitThen(Runnable then) {
        if (!writeBackRunning) {
            unwritten = unwritten.plus(model.takeChanges());
            if (changes == writtenChanges || loading.getAsBoolean() || !unwritten.all()
                    || model.rowCount() <= RunsViewModel.SYNC_COMMIT_ROWS) {
                commitNow();
                then.run();
                return;
            }
            commitSoon(); // every run is converted, off the FX thread
            if (!writeBackRunning) { // it ended already (a direct executor) or could not start
                commitNow();
                then.run();
                return;
            }
        }
        afterWriteBack.add(ok -> {
            if (ok) {
                commitThen(then);
            } else {
                then.run(); // with the draft as it is; the status line says why
            }
        });
    }

    /** See {@link RunsViewModel#commitSoon()}. */
    void commitSoon() {
        if (changes == writtenChanges || loading.getAsBoolean() || writeBackRunning) {
            return;
        }
        if (model.rowCount() <= RunsViewModel.SYNC_COMMIT_ROWS) {
            commitNow();
            return;
        }
        long serial = ++commitSerial;
        long at = changes;
        writeBackRunning = true;
        RunTableModel copy = model.detachedCopy();
        List<InlineSetting> base = state.draft().runs();
        List<CellProblem> baseProblems = List.copyOf(cellProblems);
        RowChanges changed = unwritten.plus(model.takeChanges());
        unwritten = changed; // until the draft holds them
        executor.execute(BackgroundTask.<WriteBack>of("Saving the runs to the draft",
                p -> WriteBack.of(copy, base, changed, baseProblems, converter))
                .onSuccess(written -> {
                    boolean newest = serial == commitSerial;
                    writeBackEnded();
                    if (newest) {
                        apply(written, at);
                        unwritten = RowChanges.NONE; // later edits are still in the model's log
                    }
                    waitersGoOn(true);
                    commitSoon(); // the edits made meanwhile
                }).onFailure(e -> {
                    writeBackEnded();
                    status.set("Could not write the runs into the draft: " + e.getMessage());
                    waitersGoOn(false);
                }).onCancelled(() -> {
                    writeBackEnded();
                    waitersGoOn(false);
                }));
    }

    private void waitersGoOn(boolean ok) {
        List<Consumer<Boolean>> waiting = List.copyOf(afterWriteBack);
        afterWriteBack.clear();
        waiting.forEach(w -> w.accept(ok));
    }

    /** A write-back ended; if it failed, the next edit tries again. */
    private void writeBackEnded() {
        writeBackRunning = false;
    }

    /** Stores a conversion of the table as it was at change {@code at}; O(problems) unless the runs differ. */
    private void apply(WriteBack written, long at) {
        cellProblems.setAll(written.problems());
        marks.written(written.problemIndex());
        writtenChanges = at;
        if (written.differsFrom(state.draft().runs())) {
            writing = true;
            try {
                state.update(d -> d.withRuns(written.runs()));
            } finally {
                writing = false;
            }
        }
    }
}
