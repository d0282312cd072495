package org.omicsbatch.ui.monitor;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.ui.history.HistoryViewModel;
import org.omicsbatch.ui.history.JournalAdapter;
import org.omicsbatch.ui.history.LocalJournal;
import org.omicsbatch.ui.history.LocalSubmission;

/**
 * The batches side of the app: the history, and one monitor per batch being followed. Monitors
 * report what they see to the journal, and on start the journal reopens the batches that were still
 * running, so closing the app never loses track of a batch.
 */
public final class BatchesViewModel {
    private final MonitorServices services;
    private final LocalJournal journal;
    private final Consumer<Runnable> fx;
    private final Executor background;
    private final Duration pollInterval;
    private final HistoryViewModel history;
    private final ObservableList<MonitorViewModel> monitors = FXCollections.observableArrayList();
    private final ObjectProperty<MonitorViewModel> selected = new SimpleObjectProperty<>();

    public BatchesViewModel(MonitorServices services, Consumer<Runnable> fx, Executor background,
            Duration pollInterval) {
        this.services = services;
        this.journal = new JournalAdapter(services.journal());
        this.fx = fx;
        this.background = background;
        this.pollInterval = pollInterval;
        this.history = new HistoryViewModel(services.api(), journal::submissions, fx, background);
    }

    /** Reopens a monitor for every batch of this machine that was still running when the app closed. */
    public void restore() {
        restore(null);
    }

    /**
     * Like {@link #restore()}, for the batches among {@code batchIds} (those submitted on the open
     * connection; null for all), asked once, in the background.
     */
    public void restore(java.util.function.Supplier<java.util.Set<String>> batchIds) {
        background.execute(() -> {
            java.util.Set<String> wanted = batchIds == null ? null : batchIds.get();
            var running = journal.submissions().stream().filter(LocalSubmission::stillRunning)
                    .filter(s -> wanted == null || wanted.contains(s.batchId())).toList();
            fx.accept(() -> running.forEach(s -> open(s.batchId())));
        });
    }

    /**
     * Shows the batch's monitor, starting one if it is not open yet (its draft is read off the FX
     * thread: a draft of 100,000 runs takes a moment). Call on the FX thread.
     */
    public void open(String batchId) {
        Optional<MonitorViewModel> existing = monitors.stream().filter(m -> m.batchId().equals(batchId)).findFirst();
        if (existing.isPresent()) {
            selected.set(existing.get());
            return;
        }
        background.execute(() -> {
            MonitorContext context = contextOf(batchId);
            fx.accept(() -> {
                if (monitors.stream().noneMatch(m -> m.batchId().equals(batchId))) {
                    selected.set(start(batchId, context));
                }
            });
        });
    }

    private MonitorViewModel start(String batchId, MonitorContext context) {
        // The core's monitor and actions journal what they see (status, deletion) themselves.
        MonitorViewModel vm = new MonitorViewModel(services, batchId, context, fx, background, pollInterval);
        monitors.add(vm);
        vm.start();
        return vm;
    }

    /** Stops following a batch (its journal entry stays; the history can open it again). */
    public void close(MonitorViewModel vm) {
        vm.stop();
        monitors.remove(vm);
        if (selected.get() == vm) {
            selected.set(null);
        }
    }

    /** Stops every monitor (the app is closing); what they saw is already in the journal. */
    public void shutdown() {
        monitors.forEach(MonitorViewModel::stop);
        monitors.forEach(m -> m.awaitStopped(java.time.Duration.ofSeconds(2)));
    }

    /** The draft the batch was submitted from, when this machine has it and it can still be read. */
    private MonitorContext contextOf(String batchId) {
        for (LocalSubmission s : journal.submissions()) {
            if (batchId.equals(s.batchId()) && s.draftFile() != null && Files.isRegularFile(s.draftFile())) {
                try {
                    BatchDraft draft = DraftFiles.read(s.draftFile());
                    return new MonitorContext(draft, s.draftFile());
                } catch (DraftFileException e) {
                    return MonitorContext.NONE; // moved or edited beyond reading: follow without it
                }
            }
        }
        return MonitorContext.NONE;
    }

    public HistoryViewModel history() {
        return history;
    }

    public ObservableList<MonitorViewModel> monitors() {
        return monitors;
    }

    /** The monitor to show in front (the one just opened); null shows the history. */
    public ObjectProperty<MonitorViewModel> selectedProperty() {
        return selected;
    }
}
