package org.omicsbatch.ui.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.ProblemKind;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.services.OfflineConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.testing.Screenshots;
import org.omicsbatch.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Runs and Review steps on a real stage (headless): import the nf-core rnaseq sample sheet, edit a
 * cell and undo it, make a mistake, see it in Review, click it, fix it, export — and check the files.
 */
class RunsAndReviewFxTest {
    @TempDir
    Path home;
    @TempDir
    Path exportFolder;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Scene scene;
    private RunsAndReviewSteps steps;
    private WizardViewModel wizard;
    private final List<Integer> submitted = new ArrayList<>();

    @BeforeEach
    void showTheRunsStep() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(home, new UiTaskExecutor(), new OfflineConnector());
        context.draftState().update(d -> d.withBatchName("rnaseq-batch")
                .withDefaultRunSetting(ReviewViewModelTest.defaults()));
        Screenshots.theme(robot, false);
        robot.interact(() -> {
            steps = new RunsAndReviewSteps(context);
            wizard = new WizardViewModel(List.of(steps.runsStep(), steps.reviewStep()));
            ReviewStep.wire(wizard);
            steps.review().onSubmitProperty().set(submitted::add);
            BorderPane root = new BorderPane(wizard.currentProperty().get().view());
            wizard.currentProperty().addListener((o, old, step) -> root.setCenter(step.view()));
            scene = new Scene(root, 1200, 720);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void importEditUndoSeeAProblemFixItAndExport() throws Exception {
        importTheSheet();
        TableView<Integer> table = robot.lookup("#runs-table").queryTableView();
        assertThat(table.getItems()).hasSize(6);
        assertThat(steps.runs().model().get(5, 0)).isEqualTo("treatment_REP3");
        Screenshots.save(robot, scene, "runs-light");

        int name = steps.runs().model().columnIndex("name");
        typeIntoCell(0, "name", "control-one");
        assertThat(steps.runs().model().get(0, name)).isEqualTo("control-one");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps.runs().model().get(0, name)).isNull();

        typeIntoCell(2, "priority", "high");
        robot.interact(() -> wizard.goTo(1));
        waitUntil(() -> !steps.review().analysingProperty().get() && steps.review().analysisProperty().get() != null);
        ListView<ProblemKind> problems = robot.lookup("#review-problems").queryListView();
        ProblemKind kind = problems.getItems().stream().filter(k -> k.first().isError()).findFirst().orElseThrow();
        assertThat(kind.count()).isEqualTo(1);
        Problem high = kind.first();
        assertThat(high.runIndex()).isEqualTo(2);
        assertThat(high.message()).contains("\"high\" is not a whole number");
        assertThat(robot.lookup("#review-submit").queryButton().isDisabled()).isTrue();
        Screenshots.save(robot, scene, "review-light");

        robot.interact(() -> table.getFocusModel().focus(0, table.getColumns().get(1)));
        robot.interact(() -> {
            problems.getSelectionModel().select(kind);
            steps.review().goTo(high);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> runsTable = runsTable();
        assertThat(runsTable.getFocusModel().getFocusedCell().getRow()).isEqualTo(2);
        assertThat(runsTable.getFocusModel().getFocusedCell().getTableColumn().getUserData())
                .isEqualTo(steps.runs().model().columnIndex("priority"));
        robot.press(KeyCode.F2).release(KeyCode.F2).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> wizard.goTo(1));
        waitUntil(() -> !steps.review().analysingProperty().get()
                && steps.review().problems().stream().noneMatch(Problem::isError));
        Button submit = robot.lookup("#review-submit").queryButton();
        assertThat(submit.isDisabled()).isFalse();
        robot.interact(() -> steps.review().exportTo(exportFolder));
        waitUntil(() -> exportFolder.resolve("start-run-batch.json").toFile().exists());
        var request = Json.mapper().readTree(exportFolder.resolve("start-run-batch.json").toFile());
        var runs = request.path("batchRunSettings").path("inlineSettings");
        assertThat(runs).hasSize(6);
        assertThat(runs.get(0).has("name")).as("the undone edit is not in the request").isFalse();
        assertThat(runs.get(2).path("priority").asInt()).isEqualTo(7);
        assertThat(runs.get(5).path("parameters").path("fastq_1")).hasSize(2);
        assertThat(request.path("defaultRunSetting").path("roleArn").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/OmicsWorkflowRole");
        robot.clickOn(submit);
        assertThat(submitted).containsExactly((Integer) null);
    }

    @Test
    void screenshotsInTheDarkTheme() throws Exception {
        Screenshots.theme(robot, true);
        importTheSheet();
        Screenshots.save(robot, scene, "runs-dark");
        robot.interact(() -> wizard.goTo(1));
        waitUntil(() -> !steps.review().analysingProperty().get() && steps.review().analysisProperty().get() != null);
        Screenshots.save(robot, scene, "review-dark");
        Screenshots.theme(robot, false);
    }

    private void importTheSheet() throws Exception {
        Path sheet = Path.of(getClass().getResource("/ui/nf-core-rnaseq_assets_samplesheet.csv").toURI());
        robot.interact(() -> steps.importSheet(sheet));
        waitUntil(() -> robot.lookup("#sheet-import-accept").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        Scene dialog = robot.lookup("#sheet-import").query().getScene();
        Screenshots.save(robot, dialog, "import-" + (isDark() ? "dark" : "light"));
        robot.clickOn("#sheet-import-accept");
        waitUntil(() -> steps.runs().runCountProperty().get() == 6);
    }

    private TableView<Integer> runsTable() {
        return robot.lookup("#runs-table").queryTableView();
    }

    private boolean isDark() {
        return javafx.application.Application.getUserAgentStylesheet().contains("dark");
    }

    private void typeIntoCell(int row, String columnKey, String text) {
        robot.interact(() -> steps.runs().goTo(row, columnKey));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
