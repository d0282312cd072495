package org.omicsbatch.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.ui.services.SandboxConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.wizard.review.ReviewStep;
import org.omicsbatch.ui.wizard.review.RunsAndReviewSteps;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app (the {@link AppShell} on the primary stage, with its own app folder) connected to a
 * sandbox with the test's options, and the steps of the wizard as a user walks them. Shared by the
 * end-to-end tests; each assertion stays in the test.
 */
final class SandboxApp {
    static final String ROLE = "arn:aws:iam::123456789012:role/OmicsWorkflowRole";
    static final String OUTPUT = "s3://omics-sandbox-results/fastqc/";
    static final String FASTA = "s3://omics-sandbox-data/reference/GRCh38.fasta";
    static final String ECR = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    final FxRobot robot = new FxRobot();
    final Path home;
    final SandboxConnector connector;
    Stage stage;
    AppShell shell;
    AppContext context;

    SandboxApp(Path home, SandboxOptions options) {
        this.home = home;
        this.connector = new SandboxConnector(options);
    }

    /** Starts the app as the launcher does, on the primary stage. */
    SandboxApp open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        UiTaskExecutor executor = new UiTaskExecutor();
        context = new AppContext(home, executor, connector);
        shell = new AppShell(context, executor);
        robot.interact(() -> {
            shell.show(stage);
            // inside the headless screen (1280×800): a window reaching past it cannot be painted or clicked
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1200);
            stage.setHeight(760);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Quits as the process would: the shell shuts down (monitors, connection, sandbox) and every window goes. */
    void close() {
        robot.interact(() -> {
            shell.shutdown();
            for (Window w : List.copyOf(Window.getWindows())) {
                w.hide();
            }
            Theme.LIGHT.apply();
        });
    }

    void connectToTheSandbox() throws Exception {
        robot.clickOn("#mode-sandbox");
        robot.clickOn("#connect");
        waitUntil(30, () -> text("#connection-status").contains("123456789012"));
        robot.type(KeyCode.ENTER);
        waitUntil(10, () -> text("#step-title").equals("Workflow"));
    }

    void pickFastqc() throws Exception {
        waitUntil(30, () -> robot.lookup("nf-core-fastqc").tryQuery().isPresent());
        robot.clickOn("nf-core-fastqc");
        waitUntil(30, () -> text("#workflow-description").contains("Parameters in its template"));
        robot.clickOn("#wizard-next");
        waitUntil(10, () -> text("#step-title").equals("Run defaults"));
    }

    void fillRunDefaults() throws Exception {
        robot.clickOn("#role-arn").write(ROLE);
        setText("#output-uri .text-field", OUTPUT);
        waitUntil(10, () -> OUTPUT.equals(context.draftState().draft().defaultRunSetting().outputUri())
                && ROLE.equals(context.draftState().draft().defaultRunSetting().roleArn()));
        robot.clickOn("#wizard-next");
        waitUntil(10, () -> text("#step-title").equals("Shared parameters"));
    }

    void fillSharedParameters() throws Exception {
        setText("#param-fasta", FASTA);
        setText("#param-ecr_registry", ECR);
        waitUntil(10, () -> {
            var p = context.draftState().draft().defaultRunSetting().parameters();
            return p != null && ECR.equals(p.path("ecr_registry").asText()) && FASTA.equals(p.path("fasta").asText());
        });
        robot.clickOn("#wizard-next");
        waitUntil(10, () -> text("#step-title").equals("Runs"));
    }

    /** Fills a text field at once (typing is shown by {@link #typeIntoCell}; it is slow on a loaded machine). */
    void setText(String query, String text) {
        TextField field = (TextField) robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    /** Edits a cell of the runs table as a user does: go to it, F2, type, Enter. */
    void typeIntoCell(int row, String columnKey, String text) {
        robot.interact(() -> runsAndReview().runs().goTo(row, columnKey));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts a spreadsheet block on the system clipboard and presses Ctrl+V in the table at a cell. */
    void pasteAt(int row, String columnKey, String block) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(block);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            runsAndReview().runs().goTo(row, columnKey);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Goes to Review with Next and waits for its check to finish. */
    void nextToReview() throws Exception {
        robot.clickOn("#wizard-next");
        waitUntil(10, () -> text("#step-title").equals("Review"));
        var review = runsAndReview().review();
        waitUntil(30, () -> !review.analysingProperty().get() && review.analysisProperty().get() != null
                && review.analysisProperty().get().draft() == context.draftState().draft());
    }

    /** The Runs and Review view models of this window's wizard. */
    RunsAndReviewSteps runsAndReview() {
        return shell.wizard().steps().stream().filter(ReviewStep.class::isInstance).map(ReviewStep.class::cast)
                .findFirst().orElseThrow().steps();
    }

    String text(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText())
                .orElse("<missing " + query + ">"));
    }

    /** The workflows the Workflow step offers (cells with an item, not greyed out). */
    long enabledWorkflowCells() {
        return onFx(() -> robot.lookup("#workflow-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null && !cell.isDisabled()).count());
    }

    /** The nodes of that type in every showing window of the app (main, submit, batches), in window order. */
    <T extends javafx.scene.Node> List<T> findAll(Class<T> type) {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup((javafx.scene.Node n) -> type.isInstance(n))
                        .queryAll().stream())
                .map(type::cast).toList());
    }

    /** The first node of that type in a showing window, or null. */
    <T extends javafx.scene.Node> T find(Class<T> type) {
        return findAll(type).stream().findFirst().orElse(null);
    }

    /** Reads what the FX thread owns. */
    <T> T onFx(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        robot.interact(() -> value.set(read.get()));
        return value.get();
    }

    /** Waits for a condition checked on the FX thread; generous, for a loaded 2-core machine. */
    static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
