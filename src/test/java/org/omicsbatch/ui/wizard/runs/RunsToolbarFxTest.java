package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.services.OfflineConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.testing.Screenshots;
import org.omicsbatch.ui.wizard.review.RunsAndReviewSteps;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Runs step's tool bar at the app's default width: the find box stays in sight and takes typing. */
class RunsToolbarFxTest {
    private static final int DEFAULT_WIDTH = 1100;
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private Scene scene;
    private RunsAndReviewSteps steps;

    @BeforeEach
    void showTheRunsStep() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Screenshots.theme(robot, false);
        AppContext context = new AppContext(home, new UiTaskExecutor(), new OfflineConnector());
        robot.interact(() -> {
            steps = new RunsAndReviewSteps(context);
            scene = new Scene(new javafx.scene.layout.BorderPane(steps.runsStep().view()), DEFAULT_WIDTH, 600);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTableHasTheFocusWhenTheStepShowsSoCtrlVPastesIntoIt() {
        assertThat(robot.lookup("#runs-table").query().isFocused()).isTrue();
    }

    @Test
    void theFindBoxIsInSightAtTheDefaultWidthNotBehindTheOverflowButton() {
        TextField find = robot.lookup("#runs-filter").queryAs(TextField.class);
        assertThat(find.getScene()).isSameAs(scene);
        assertThat(find.isVisible() && find.getParent().isVisible()).isTrue();
        Bounds shown = find.localToScene(find.getLayoutBounds());
        assertThat(shown.getWidth()).isGreaterThan(100);
        assertThat(shown.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(shown.getMaxX()).isLessThanOrEqualTo(DEFAULT_WIDTH);
        assertThat(robot.lookup("#import-sheet").queryButton().getScene()).as("Import stays in the bar").isSameAs(scene);

        robot.clickOn(find).write("treatment");
        assertThat(steps.runs().filterProperty().get()).isEqualTo("treatment");
    }
}
