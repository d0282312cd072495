package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.services.OfflineConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class AppShellTest {
    @TempDir
    Path home;
    private Stage stage;
    private AppShell shell;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openApp() throws Exception {
        open();
    }

    private void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        UiTaskExecutor executor = new UiTaskExecutor();
        AppContext context = new AppContext(home, executor, new OfflineConnector());
        shell = new AppShell(context, executor);
        robot.interact(() -> shell.show(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() throws Exception {
        robot.interact(() -> {
            shell.shutdown();
            stage.hide();
        });
    }

    @Test
    void opensOnTheConnectionStepWithAnUntitledDraft() {
        assertThat(stage.getTitle()).isEqualTo("Untitled draft — Omics Batch Launcher");
        assertThat(robot.lookup("#step-title").queryLabeled().getText()).isEqualTo("Connection");
        assertThat(robot.lookup("#wizard-back").queryButton().isDisabled()).isTrue();
        Button next = robot.lookup("#wizard-next").queryButton();
        assertThat(next.isDisabled()).as("cannot go on before connecting").isTrue();
        assertThat(next.isDefaultButton()).as("Enter advances").isTrue();
    }

    @Test
    void everyMenuCommandHasAnAccelerator() {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof SeparatorMenuItem || item instanceof Menu) {
                    continue;
                }
                assertThat(item.getAccelerator()).as(menu.getText() + " › " + item.getText()).isNotNull();
            }
        }
    }

    @Test
    void preselectsTheSandboxWhenNoCredentialsExist() {
        assertThat(robot.lookup("#mode-sandbox").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
    }

    @Test
    void aFailedConnectionIsExplainedInPlainWordsUnderTheButton() {
        robot.clickOn("#connect");
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connection-error").queryLabeled().getText()).isEqualTo("no sandbox in this test");
    }

    @Test
    void remembersTheThemeAndTheWindowBoundsForTheNextStart() throws Exception {
        robot.clickOn("View").clickOn("#menu-theme-dark");
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        closeApp();
        open();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getX()).isEqualTo(40);
        robot.interact(Theme.LIGHT::apply);
    }

    @Test
    void offersToRestoreTheDraftAnEarlierSessionLeftUnsaved() throws Exception {
        closeApp();
        new org.omicsbatch.drafts.Autosave(home).save(org.omicsbatch.model.BatchDraft.empty()
                .withBatchName("before the crash"), null);
        open();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Restore the draft you were editing?").tryQuery()).isPresent();
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("• Untitled draft — Omics Batch Launcher");
        assertThat(shell.drafts().hasUnsavedChanges()).isTrue();
    }

    @Test
    void opensTheDraftItWasStartedWith() throws Exception {
        closeApp();
        Path draft = home.resolve("fastqc.omicsbatch");
        org.omicsbatch.drafts.DraftFiles.write(draft, org.omicsbatch.model.BatchDraft.empty().withBatchName("double-clicked"));
        assertThat(OmicsBatchApp.draftArgument(List.of("--self-test", draft.toString()))).isEqualTo(draft);
        assertThat(OmicsBatchApp.draftArgument(List.of(home.resolve("missing.omicsbatch").toString()))).isNull();

        stage = FxToolkit.registerPrimaryStage();
        UiTaskExecutor executor = new UiTaskExecutor();
        shell = new AppShell(new AppContext(home, executor, new OfflineConnector()), executor);
        robot.interact(() -> shell.show(stage, draft));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getTitle().startsWith("fastqc.omicsbatch"));
        assertThat(shell.drafts().hasUnsavedChanges()).isFalse();
    }
}
