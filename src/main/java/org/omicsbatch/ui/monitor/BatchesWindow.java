package org.omicsbatch.ui.monitor;

import java.time.Duration;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.ui.AppContext;

/**
 * The window of the batches side (history and monitors), one per app, for the open connection.
 * When a connection opens, batches of this machine that were still running reopen in it: closing
 * the app never loses track of a batch.
 */
public final class BatchesWindow {
    private static final Map<AppContext, BatchesWindow> WINDOWS = new WeakHashMap<>();
    private static final Duration POLL = Duration.ofSeconds(3);

    private final AppContext context;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "batches");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private BatchesViewModel vm;
    private AwsSession session;
    private Consumer<java.nio.file.Path> submitRest = file -> { };

    private BatchesWindow(AppContext context) {
        this.context = context;
        context.connectionProperty().addListener((o, before, now) -> {
            closeMonitors();
            if (now != null && now.session() != null) {
                AwsSession opened = now.session();
                // read in the background by restore(): the journal is a folder of files
                build(opened).restore(() -> context.journal().list().stream()
                        .filter(s -> s.madeOn(opened.settings().profile(), opened.region(),
                                java.util.Objects.toString(opened.settings().endpointUrl(), null))).map(s -> s.batchId())
                        .collect(java.util.stream.Collectors.toSet()));
            }
        });
    }

    /** The app's batches window (made on first use). */
    public static synchronized BatchesWindow of(AppContext context) {
        return WINDOWS.computeIfAbsent(context, BatchesWindow::new);
    }

    /** A "Batches" menu for the main window's menu bar. */
    public static Menu menu(AppContext context) {
        MenuItem open = new MenuItem("History and monitors…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        open.setOnAction(e -> of(context).show());
        return new Menu("Batches", null, open);
    }

    /** Where "Submit the rest" sends a pilot's draft file (the submit step). */
    public void setOnSubmitRest(Consumer<java.nio.file.Path> submitRest) {
        this.submitRest = submitRest;
    }

    public void show() {
        if (ensure()) {
            stage.show();
            stage.toFront();
            vm.history().refresh();
        }
    }

    /** Shows the batch's monitor (after a submission, or from the history). */
    public void open(String batchId) {
        if (ensure()) {
            vm.open(batchId);
            stage.show();
            stage.toFront();
        }
    }

    private boolean ensure() {
        var connection = context.connectionProperty().get();
        if (connection == null || connection.session() == null) {
            new Alert(Alert.AlertType.INFORMATION, "Connect first (the Connection step): the batches are read from"
                    + " the account or the sandbox you connect to.").showAndWait();
            return false;
        }
        if (vm == null || session != connection.session()) {
            build(connection.session());
        }
        return true;
    }

    private BatchesViewModel build(AwsSession now) {
        closeMonitors();
        session = now;
        vm = new BatchesViewModel(MonitorServices.of(now.batches(), context.journal(), now::s3), Platform::runLater,
                background, POLL);
        BatchesView view = new BatchesView(vm);
        view.setOnOpenDraft(this::openInWizard);
        view.setOnSubmitRest(file -> submitRest.accept(file));
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Batches — Omics Batch Launcher");
            stage.setScene(org.omicsbatch.ui.AppShell.style(new Scene(view, 1150, 760)));
        } else {
            stage.getScene().setRoot(view);
        }
        vm.monitors().addListener((javafx.collections.ListChangeListener<MonitorViewModel>) c -> {
            if (!vm.monitors().isEmpty() && !stage.isShowing()) {
                stage.show(); // a batch reopened from the journal
            }
        });
        return vm;
    }

    /** "Resubmit failed runs": the new draft replaces the wizard's, unsaved, so the user reviews it. */
    private void openInWizard(BatchDraft draft) {
        context.draftState().draftProperty().set(draft);
        context.draftState().fileProperty().set(null);
        context.draftState().dirtyProperty().set(true);
    }

    private void closeMonitors() {
        if (vm != null) {
            vm.shutdown();
        }
    }
}
