package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.ui.services.AppConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks steps 1–4 of the real app against the embedded sandbox, the way a user would: connect, pick a
 * workflow, fill the defaults, meet a validation message and fix it. Asserts on the draft the steps
 * built, and snapshots each step in light and dark into docs/screenshots.
 */
class WizardWalkTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");
    private static final String ROLE = "arn:aws:iam::123456789012:role/OmicsWorkflowRole";
    @TempDir
    Path home;
    private Stage stage;
    private AppShell shell;
    private AppContext context;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        UiTaskExecutor executor = new UiTaskExecutor();
        context = new AppContext(home, executor, new AppConnector());
        shell = new AppShell(context, executor);
        robot.interact(() -> {
            shell.show(stage);
            stage.setWidth(1100);
            stage.setHeight(760);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() {
        robot.interact(() -> {
            shell.shutdown();
            Theme.LIGHT.apply();
            stage.hide();
        });
    }

    @Test
    void connectPickAWorkflowFillTheDefaultsMeetAProblemAndFixIt() throws Exception {
        // 1 Connection: the sandbox
        robot.clickOn("#mode-sandbox");
        robot.clickOn("#connect");
        waitUntil(() -> text("#connection-status").contains("123456789012"));
        snapshot("1-connection");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> text("#step-title").equals("Workflow"));

        // 2 Workflow: the sandbox's three private workflows, and why Ready2Run ones are not offered
        waitUntil(() -> robot.lookup("nf-core-fastqc").tryQuery().isPresent() || !text("#workflow-error").isEmpty());
        assertThat(text("#workflow-error")).isEmpty();
        assertThat(text("#ready2run-note")).contains("batches do not support Ready2Run workflows");
        assertThat(robot.lookup("#workflow-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getItem() != null && !cell.isDisabled()).count()).isEqualTo(3);
        robot.clickOn("nf-core-fastqc");
        waitUntil(() -> text("#workflow-description").contains("Parameters in its template"));
        assertThat(context.draftState().draft().defaultRunSetting().workflowType()).isEqualTo("PRIVATE");
        assertThat(context.draftState().workflowProperty().get().parameterTemplate()).isNotNull();
        snapshot("2-workflow");
        robot.clickOn("#wizard-next");

        // 3 Run defaults: the missing role and a wrong output URI are named next to their fields
        waitUntil(() -> text("#step-title").equals("Run defaults"));
        assertThat(text("#role-arn-message")).startsWith("required");
        assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isTrue();
        robot.clickOn("#output-uri").write("results/fastqc");
        waitUntil(() -> text("#output-uri-message").contains("must begin with s3://"));
        robot.clickOn("#role-arn").write(ROLE);
        robot.clickOn("#priority").write("high");
        waitUntil(() -> text("#priority-message").contains("not a whole number"));
        snapshot("3-run-defaults-with-problems");
        robot.doubleClickOn("#priority").eraseText(4).write("10");
        TextField output = (TextField) robot.lookup("#output-uri .text-field").query();
        robot.interact(() -> output.setText("s3://omics-sandbox-results/fastqc/"));
        waitUntil(() -> text("#output-uri-message").isEmpty() && text("#priority-message").isEmpty());
        assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isFalse();
        var defaults = context.draftState().draft().defaultRunSetting();
        assertThat(defaults.roleArn()).isEqualTo(ROLE);
        assertThat(defaults.priority()).isEqualTo(10);
        assertThat(defaults.outputUri()).isEqualTo("s3://omics-sandbox-results/fastqc/");
        snapshot("3-run-defaults");
        robot.clickOn("#wizard-next");

        // 4 Shared parameters: the form is the workflow's template
        waitUntil(() -> text("#step-title").equals("Shared parameters"));
        assertThat(robot.lookup("#param-input").tryQuery()).isPresent();
        robot.clickOn("#param-ecr_registry").write("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        waitUntil(() -> context.draftState().draft().defaultRunSetting().parameters() != null);
        assertThat(context.draftState().draft().defaultRunSetting().parameters().get("ecr_registry").textValue())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        snapshot("4-shared-parameters");
        assertThat(stage.getTitle()).startsWith("• Untitled draft");
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("<missing " + query + ">");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get(5, TimeUnit.SECONDS));
    }

    /** The whole window, light and dark. */
    private void snapshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                var image = stage.getScene().snapshot(null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                            SCREENSHOTS.resolve(name + "-" + theme.key() + ".png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.interact(Theme.LIGHT::apply);
    }
}
