package org.omicsbatch.ui.drafts;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.omicsbatch.drafts.Autosave;
import org.omicsbatch.ui.Dialogs;

/** The dialogs around draft files: choosers, "save changes?", and the restore prompt at start. */
public final class DraftCommands {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final DraftsViewModel drafts;
    private final Window owner;

    public DraftCommands(DraftsViewModel drafts, Window owner) {
        this.drafts = drafts;
        this.owner = owner;
        drafts.setErrorSink(message -> Dialogs.error(owner, "Draft file", message));
    }

    public void newDraft() {
        if (confirmDiscard()) {
            drafts.newDraft();
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        File file = chooser("Open a draft").showOpenDialog(owner);
        if (file != null) {
            drafts.open(file.toPath());
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            drafts.open(file);
        }
    }

    public void save() {
        if (!drafts.save()) {
            saveAs();
        }
    }

    public void saveAs() {
        FileChooser chooser = chooser("Save the draft as");
        chooser.setInitialFileName("batch-draft.json");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            drafts.saveAs(file.toPath());
        }
    }

    /** True when the current draft may be replaced: it is saved, or the user chose Discard. */
    public boolean confirmDiscard() {
        if (!drafts.hasUnsavedChanges()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The draft has changes that are not saved.", save,
                discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Save the changes first?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            Path file = drafts.currentFile();
            if (file == null) {
                FileChooser chooser = chooser("Save the draft as");
                chooser.setInitialFileName("batch-draft.json");
                File chosen = chooser.showSaveDialog(owner);
                if (chosen == null) {
                    return false;
                }
                file = chosen.toPath();
            }
            return drafts.saveNow(file);
        }
        drafts.discardRecovery();
        return true;
    }

    /** At start: offers the draft an earlier session left unsaved. */
    public void offerRecovery() {
        Optional<Autosave.Entry> pending = drafts.pendingRecovery();
        if (pending.isEmpty()) {
            return;
        }
        Autosave.Entry entry = pending.get();
        String what = entry.draftPath().map(p -> "of " + p.getFileName()).orElse("that was never saved");
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The app ended before the draft " + what
                + " was saved (last change " + TIME.format(entry.savedAt()) + ").", restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Restore draft");
        alert.setHeaderText("Restore the draft you were editing?");
        if (alert.showAndWait().orElse(discard) == restore) {
            drafts.restore(entry);
        } else {
            drafts.discardRecovery();
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Batch drafts and AWS CLI input (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
