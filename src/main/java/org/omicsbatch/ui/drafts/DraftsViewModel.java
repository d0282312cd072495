package org.omicsbatch.ui.drafts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.drafts.Autosave;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.drafts.RecentFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * File commands on drafts (New, Open, Save, Save As, Open Recent) and crash recovery. Reading and
 * writing run as background tasks because a draft may hold 100,000 runs. Dialogs (file choosers,
 * "save changes?") belong to the view; this class only says when one is needed.
 */
public final class DraftsViewModel {
    private final DraftState state;
    private final TaskExecutor executor;
    private final RecentFiles recentStore;
    private final Autosave autosave;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private Consumer<String> errorSink = message -> { };
    /** Mirrors the draft's dirty flag for the autosave thread, so a late write never revives a saved draft. */
    private volatile boolean unsaved;

    public DraftsViewModel(DraftState state, TaskExecutor executor, RecentFiles recentStore, Autosave autosave) {
        this.state = state;
        this.executor = executor;
        this.recentStore = recentStore;
        this.autosave = autosave;
        recent.setAll(recentStore.list());
        unsaved = state.dirtyProperty().get();
        state.dirtyProperty().addListener((obs, old, dirty) -> unsaved = dirty);
    }

    /** Where plain-words errors of file commands go (the view shows them). */
    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /** The draft's file, or null while it was never saved. */
    public Path currentFile() {
        return state.fileProperty().get();
    }

    /** True when closing or replacing the draft would lose changes. */
    public boolean hasUnsavedChanges() {
        return state.dirtyProperty().get();
    }

    public void newDraft() {
        replace(BatchDraft.empty(), null, false);
        clearAutosave();
    }

    public void open(Path file) {
        executor.execute(BackgroundTask.of("Opening " + file.getFileName(), progress -> DraftFiles.read(file))
                .onSuccess(draft -> {
                    replace(draft, file, false);
                    clearAutosave();
                    remember(file);
                })
                .onFailure(error -> {
                    errorSink.accept(error.getMessage());
                    if (!java.nio.file.Files.exists(file)) {
                        forget(file);
                    }
                }));
    }

    /** Saves to the draft's file; returns false when it has none yet (the view then asks for one). */
    public boolean save() {
        Path file = state.fileProperty().get();
        if (file == null) {
            return false;
        }
        saveAs(file);
        return true;
    }

    /**
     * Saves on the calling thread, for "save before closing": the window must not close before the
     * file is written. Returns false (after reporting why) when it could not be written.
     */
    public boolean saveNow(Path file) {
        BatchDraft draft = state.draft();
        try {
            DraftFiles.write(file, draft);
        } catch (IOException e) {
            errorSink.accept("Could not save " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
        state.fileProperty().set(file);
        state.dirtyProperty().set(false);
        clearAutosave();
        remember(file);
        return true;
    }

    public void saveAs(Path file) {
        BatchDraft draft = state.draft();
        executor.execute(BackgroundTask.of("Saving " + file.getFileName(), progress -> {
            DraftFiles.write(file, draft);
            return file;
        }).onSuccess(saved -> {
            state.fileProperty().set(saved);
            // A change made while writing keeps the draft unsaved.
            if (state.draft() == draft) {
                state.dirtyProperty().set(false);
                clearAutosave();
            }
            remember(saved);
        }).onFailure(error -> errorSink.accept("Could not save " + file.getFileName() + ": " + error.getMessage())));
    }

    /** The draft an earlier session left unsaved (a crash), to offer at start. */
    public Optional<Autosave.Entry> pendingRecovery() {
        return autosave.pending();
    }

    public void restore(Autosave.Entry entry) {
        replace(entry.draft(), entry.draftPath().orElse(null), true);
    }

    public void discardRecovery() {
        clearAutosave();
    }

    /** Writes the autosave copy; called by {@link AutosaveScheduler} off the FX thread. */
    synchronized void writeAutosave(BatchDraft draft, Path file) throws IOException {
        if (unsaved) {
            autosave.save(draft, file);
        }
    }

    private void replace(BatchDraft draft, Path file, boolean dirty) {
        state.workflowProperty().set(null);
        state.draftProperty().set(draft);
        state.fileProperty().set(file);
        state.dirtyProperty().set(dirty);
    }

    private synchronized void clearAutosave() {
        unsaved = state.dirtyProperty().get();
        try {
            autosave.clear();
        } catch (IOException e) {
            errorSink.accept("Could not remove the autosaved copy " + autosave.file() + ": " + e.getMessage());
        }
    }

    private void remember(Path file) {
        try {
            recent.setAll(recentStore.add(file));
        } catch (IOException e) {
            // The recent list is a convenience; the draft itself is saved.
        }
    }

    private void forget(Path file) {
        try {
            recent.setAll(recentStore.remove(file));
        } catch (IOException e) {
            // See remember().
        }
    }
}
