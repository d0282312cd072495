package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.ui.monitor.Batches.batch;
import static org.omicsbatch.ui.monitor.Batches.runs;
import static org.omicsbatch.ui.monitor.Batches.submissions;

import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.ui.components.StackedCountBar;
import org.omicsbatch.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MonitorViewTest {
    private final RecordingBatchApi api = new RecordingBatchApi();
    private MonitorView view;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        api.batch = batch(BatchStatus.CREATING, submissions(0, 0, 4), runs(0, 0, 0, 0));
        api.submissions = List.of(new RunInBatch("s1", "101", null, null, SubmissionStatus.SUCCESS, null, null));
        api.runs = List.of(new RunListItem(null, "101", RunStatus.RUNNING, null, "7364512", null, null, null, null,
                null, null, null, null));
        MonitorViewModel vm = new MonitorViewModel(MonitorServices.of(api, new org.omicsbatch.submit.Journal(
                home.resolve("journal")), () -> null), "7364512",
                MonitorContext.NONE, Platform::runLater,
                r -> new Thread(r).start(), Duration.ofMillis(30));
        view = new MonitorView(vm);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        vm.start();
    }

    @Test
    void cancelIsOffOnlyWhileCreatingAndTheChartFollowsTheCounters(FxRobot robot) throws Exception {
        waitFor(() -> view.viewModel().statusProperty().get() == BatchStatus.CREATING);
        assertThat(robot.lookup("#cancelBatch").queryAs(Button.class).isDisabled()).isTrue();

        api.batch = batch(BatchStatus.INPROGRESS, submissions(3, 1, 0), runs(0, 1, 1, 1));
        waitFor(() -> view.viewModel().statusProperty().get() == BatchStatus.INPROGRESS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cancelBatch").queryAs(Button.class).isDisabled()).isFalse();
        StackedCountBar runChart = robot.lookup("#runChart").queryAs(StackedCountBar.class);
        assertThat(runChart.countOf("FAILED")).isEqualTo(1);
        assertThat(robot.lookup("#runsTable").queryAs(TableView.class).getItems()).hasSize(1);
        Screenshots.save(robot, view.getScene(), "../../target/monitor-unit");
        view.close();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
