package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.services.OfflineConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.wizard.review.RunsAndReviewSteps;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The find box filters the runs with the search running as a background task of the app's executor. */
class RunsFilterFxTest {
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private RunsAndReviewSteps steps;
    private TableView<?> table;

    @BeforeEach
    void showTheRunsStepWithRuns() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(home, new UiTaskExecutor(), new OfflineConnector());
        List<InlineSetting> runs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            runs.add(InlineSetting.builder().runSettingId((i % 10 == 3 ? "treated-" : "control-") + i).build());
        }
        robot.interact(() -> {
            context.draftState().update(d -> d.withRuns(runs));
            steps = new RunsAndReviewSteps(context);
            stage.setScene(new Scene(new javafx.scene.layout.BorderPane(steps.runsStep().view()), 1100, 600));
            stage.show();
        });
        table = robot.lookup("#runs-table").queryAs(TableView.class);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void typingInTheFindBoxShowsTheMatchingRunsOnceTheBackgroundSearchEnds() throws Exception {
        robot.interact(() -> steps.runs().filterProperty().set("treat"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 200);
        robot.interact(() -> steps.runs().filterProperty().set("treated-1"));
        robot.interact(() -> steps.runs().filterProperty().set("treated-13")); // the newest query wins
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        robot.interact(() -> steps.runs().filterProperty().set(""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2_000);
    }
}
