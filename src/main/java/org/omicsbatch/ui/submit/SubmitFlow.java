package org.omicsbatch.ui.submit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.SubmissionService;
import org.omicsbatch.submit.SubmitOptions;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.monitor.BatchesWindow;
import org.omicsbatch.ui.wizard.review.ReviewViewModel;

/**
 * From Review's Submit to the monitor: saves the draft (the journal keeps its path, so failed runs
 * can be resubmitted from it), opens the submit step in its own window, and opens the batch in the
 * batches window once it is PENDING. "Submit the rest" after a pilot comes through here too.
 */
public final class SubmitFlow {
    private static final int PREFLIGHT_PARALLELISM = 8;
    private final AppContext context;
    private final BatchesWindow batches;
    /** The submit window while it is open: a second click on Submit shows it again rather than a second one. */
    private Stage showing;

    private SubmitFlow(AppContext context) {
        this.context = context;
        this.batches = BatchesWindow.of(context);
        batches.setOnSubmitRest(file -> open(file, new SubmitOptions(null, null, true)));
    }

    /** Makes Review's Submit (and "Submit a pilot of N runs first") open the submit step. */
    public static void connect(AppContext context, ReviewViewModel review) {
        SubmitFlow flow = new SubmitFlow(context);
        review.onSubmitProperty().set(flow::submitDraft);
    }

    private void submitDraft(Integer pilotRuns) {
        try {
            open(savedDraft(), new SubmitOptions(null, pilotRuns, false));
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, "The draft could not be saved before submitting: " + e.getMessage())
                    .showAndWait();
        }
    }

    private void open(Path draftFile, SubmitOptions options) {
        if (showing != null && showing.isShowing()) {
            showing.toFront();
            return;
        }
        var connection = context.connectionProperty().get();
        AwsSession session = connection == null ? null : connection.session();
        if (session == null) {
            new Alert(Alert.AlertType.INFORMATION, "Connect first (the Connection step).").showAndWait();
            return;
        }
        Journal journal = context.journal();
        SubmitViewModel vm = new SubmitViewModel(session.batches(), Platform::runLater,
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "submit");
                    t.setDaemon(true);
                    return t;
                }), Duration.ofSeconds(1));
        Stage stage = new Stage();
        showing = stage;
        vm.setOnSubmitted(batchId -> {
            batches.open(batchId);
            stage.close();
        });
        SubmitView view = new SubmitView(vm, () -> new ServiceSubmitPipeline(new SubmissionService(session, journal),
                journal, draftFile, options, new Preflight(session.catalog(), session.s3(), PREFLIGHT_PARALLELISM)));
        stage.setTitle((options.skipSubmitted() ? "Submit the rest of " : options.firstN() != null
                ? "Submit a pilot of " + options.firstN() + " runs of " : "Submit ") + draftFile.getFileName());
        stage.setScene(org.omicsbatch.ui.AppShell.style(new Scene(view, 760, 460)));
        stage.show();
    }

    /**
     * The draft as a file: saved over its own file when it has one, else kept in the app's folder
     * (a submission is always made from a file, so that its runs can be found again).
     */
    private Path savedDraft() throws IOException {
        BatchDraft draft = context.draftState().draft();
        Path file = context.draftState().fileProperty().get();
        if (file == null) {
            String name = (draft.batchName() == null ? "draft" : draft.batchName()).replaceAll("[^A-Za-z0-9._-]", "_");
            file = context.home().resolve("submitted").resolve(name + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
            context.draftState().fileProperty().set(file);
        }
        if (context.draftState().dirtyProperty().get() || !java.nio.file.Files.exists(file)) {
            DraftFiles.write(file, draft);
            context.draftState().dirtyProperty().set(false);
        }
        return file;
    }
}
