package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionSummary;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.submit.RunRow;
import org.omicsbatch.ui.components.StackedCountBar;
import org.omicsbatch.ui.history.JournalAdapter;
import org.omicsbatch.ui.submit.SubmitView;
import org.omicsbatch.ui.submit.SubmitViewModel;
import org.omicsbatch.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Submit and follow, end to end against the sandbox: a 250-run batch of which about 10% fail while
 * running, submitted from the submit step and followed in the monitor.
 */
@ExtendWith(ApplicationExtension.class)
class FollowBatchSandboxTest {
    private static final int RUNS = 250;
    private final java.util.concurrent.ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private SandboxBatch sandbox;
    private BatchesViewModel batches;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1240, 790));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (batches != null) {
            batches.shutdown();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        background.shutdownNow();
    }

    /** Puts the submit step above the batches view; a submitted batch opens in a monitor tab. */
    private MonitorViewModel submitAndFollow(FxRobot robot, SandboxOptions options, Path dir) throws Exception {
        sandbox = new SandboxBatch(options, dir, RUNS);
        batches = new BatchesViewModel(sandbox.services(), Platform::runLater, background, Duration.ofMillis(200));
        SubmitViewModel submit = new SubmitViewModel(sandbox.session.batches(), Platform::runLater, background,
                Duration.ofMillis(100));
        submit.setOnSubmitted(batches::open);
        robot.interact(() -> {
            root = new BorderPane(new BatchesView(batches));
            root.setTop(new SubmitView(submit, sandbox::newSubmission));
            stage.getScene().setRoot(root);
        });
        robot.clickOn("#submitButton");
        robot.clickOn("#submitButton"); // a double click must not make a second batch
        waitFor(60, () -> !batches.monitors().isEmpty());
        assertThat(sandbox.session.batches().listBatch(org.omicsbatch.model.ListBatchRequest.all()).items())
                .hasSize(1);
        return batches.monitors().get(0);
    }

    @Test
    void countersReachTheirFinalValuesAddUpAndFailedRunsShowTheirReasons(FxRobot robot, @TempDir Path dir)
            throws Exception {
        MonitorViewModel monitor = submitAndFollow(robot, SandboxOptions.defaults().withSpeed(100)
                .withStartRate(200).withRunFailureRate(0.1).withSeed(7), dir);
        waitFor(90, () -> monitor.statusProperty().get() == BatchStatus.PROCESSED && monitor.rows().size() == RUNS);
        WaitForAsyncUtils.waitForFxEvents();

        Batch batch = monitor.batchProperty().get();
        SubmissionSummary s = batch.submissionSummary();
        assertThat(s.successfulStartSubmissionCount() + s.failedStartSubmissionCount()).isEqualTo(RUNS);
        assertThat(s.pendingStartSubmissionCount()).isZero();
        assertThat(batch.runSummary().total()).isEqualTo(s.successfulStartSubmissionCount());
        int failed = batch.runSummary().failedRunCount();
        assertThat(failed).as("about 10% of 250 runs fail").isBetween(10, 45);
        assertThat(batch.runSummary().completedRunCount() + failed).isEqualTo(s.successfulStartSubmissionCount());

        StackedCountBar runChart = robot.lookup("#runChart").queryAs(StackedCountBar.class);
        StackedCountBar submissionChart = robot.lookup("#submissionChart").queryAs(StackedCountBar.class);
        assertThat(runChart.countOf("COMPLETED")).isEqualTo((long) batch.runSummary().completedRunCount());
        assertThat(runChart.countOf("FAILED")).isEqualTo((long) failed);
        assertThat(submissionChart.countOf("success")).isEqualTo((long) s.successfulStartSubmissionCount());
        assertThat(robot.lookup("#lagNote").query().isVisible()).as("counts are final once PROCESSED").isFalse();

        robot.interact(() -> monitor.filterProperty().set(RunFilter.FAILED));
        List<RunRow> failedRows = onFx(robot, () -> List.copyOf(monitor.visibleRows()));
        assertThat(failedRows).hasSize(failed);
        assertThat(failedRows).allSatisfy(r -> {
            assertThat(r.runStatus()).isEqualTo(RunStatus.FAILED);
            assertThat(r.failureReason()).isEqualTo("SIMULATED_TASK_FAILURE");
        });
        assertThat(robot.lookup("#runsTable").queryAs(TableView.class).getItems()).hasSize(failed);

        AtomicReference<BatchDraft> resubmitted = new AtomicReference<>();
        robot.interact(() -> robot.lookup("#batchesView").queryAs(BatchesView.class)
                .setOnOpenDraft(resubmitted::set));
        dismissNotifications(robot); // it sits over the bottom right of this small window
        robot.clickOn("#resubmitFailed");
        waitFor(10, () -> resubmitted.get() != null);
        assertThat(resubmitted.get().runs()).extracting(InlineSetting::runSettingId)
                .containsExactlyInAnyOrderElementsOf(failedRows.stream().map(RunRow::runSettingId).toList());
        assertThat(resubmitted.get().defaultRunSetting()).isEqualTo(sandbox.draft.defaultRunSetting());

        screenshots(robot, "submit");
        // What the app shows after a submission: the batches side on its own.
        robot.interact(() -> {
            BatchesView view = (BatchesView) root.getCenter();
            root.setCenter(null);
            view.relocate(0, 0);
            stage.getScene().setRoot(view);
            monitor.filterProperty().set(RunFilter.ALL);
        });
        robot.interact(() -> robot.lookup("#runsTable").queryAs(TableView.class).getSelectionModel().select(
                monitor.visibleRows().indexOf(failedRows.get(0))));
        waitFor(10, () -> monitor.detailsProperty().get() != null);
        screenshots(robot, "monitor");
        // A batch someone else started in the same account: listed, but not marked as this machine's.
        sandbox.session.batches().startRunBatch(new org.omicsbatch.model.StartRunBatchRequest("rnaseq-trial",
                "colleague-1", null, sandbox.draft.defaultRunSetting(), org.omicsbatch.model.BatchRunSettings.inline(
                        sandbox.draft.runs().subList(0, 3))));
        robot.clickOn("#historyTab");
        waitFor(10, () -> batches.history().entries().size() == 2);
        screenshots(robot, "history");
    }

    @Test
    void cancelWhileInProgressEndsCancelled(FxRobot robot, @TempDir Path dir) throws Exception {
        MonitorViewModel monitor = submitAndFollow(robot, SandboxOptions.defaults().withSpeed(4)
                .withStartRate(250).withSeed(3), dir);
        waitFor(60, () -> monitor.statusProperty().get() == BatchStatus.INPROGRESS);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#cancelBatch");
        DialogPane confirm = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("will be asked to stop");
        robot.interact(() -> ((javafx.scene.control.Button) confirm.lookupButton(ButtonType.OK)).fire());

        waitFor(60, () -> monitor.statusProperty().get() == BatchStatus.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(monitor.actions().outcomeProperty().get()).contains("runs cancelled");
        assertThat(robot.lookup("#cancelBatch").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteRuns").queryButton().isDisabled()).as("CANCELLED allows deleting runs")
                .isFalse();
    }

    @Test
    void closingAndReopeningMidBatchResumesFromTheJournal(FxRobot robot, @TempDir Path dir) throws Exception {
        MonitorViewModel first = submitAndFollow(robot, SandboxOptions.defaults().withSpeed(8).withStartRate(60)
                .withRunFailureRate(0.1).withSeed(11), dir);
        String batchId = first.batchId();
        waitFor(60, () -> first.statusProperty().get() != null && !first.statusProperty().get().isTerminal()
                && first.rows().size() > 0);

        // The app closes: monitors stop, only the journal remains.
        robot.interact(() -> {
            batches.shutdown();
            stage.getScene().setRoot(new StackPane());
        });
        assertThat(new JournalAdapter(sandbox.journal).submissions()).singleElement()
                .satisfies(s -> assertThat(s.stillRunning()).isTrue());

        // The app starts again.
        batches = new BatchesViewModel(sandbox.services(), Platform::runLater, background, Duration.ofMillis(200));
        robot.interact(() -> stage.getScene().setRoot(new BatchesView(batches)));
        batches.restore();
        waitFor(20, () -> batches.monitors().size() == 1);
        MonitorViewModel resumed = batches.monitors().get(0);
        assertThat(resumed.batchId()).isEqualTo(batchId);
        assertThat(resumed.context().draftFile()).isEqualTo(sandbox.draftFile.toAbsolutePath().normalize());
        waitFor(120, () -> resumed.statusProperty().get() == BatchStatus.PROCESSED && resumed.rows().size() == RUNS);
        waitFor(10, () -> new JournalAdapter(sandbox.journal).submissions().get(0).lastStatus()
                == BatchStatus.PROCESSED);
        assertThat(onFx(robot, () -> List.copyOf(resumed.rows())).stream().filter(RunRow::failed)
                .map(RunRow::failureReason).collect(Collectors.toSet()))
                .containsExactly("SIMULATED_TASK_FAILURE");
    }

    /** Reads what the FX thread owns (a late poll may still replace the rows). */
    private static <T> T onFx(FxRobot robot, java.util.function.Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        robot.interact(() -> value.set(read.get()));
        return value.get();
    }

    private static List<javafx.stage.Window> notifications(FxRobot robot) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Popup).toList();
    }

    private static void dismissNotifications(FxRobot robot) {
        robot.interact(() -> notifications(robot).forEach(javafx.stage.Window::hide));
    }

    private void screenshots(FxRobot robot, String name) {
        Screenshots.theme(robot, false);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), name + "-light");
        Screenshots.theme(robot, true);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), name + "-dark");
        Screenshots.theme(robot, false);
    }

    private static void waitFor(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
