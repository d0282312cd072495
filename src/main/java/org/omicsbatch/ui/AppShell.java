package org.omicsbatch.ui;

import java.io.IOException;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.omicsbatch.drafts.Autosave;
import org.omicsbatch.drafts.Preferences.WindowBounds;
import org.omicsbatch.drafts.RecentFiles;
import org.omicsbatch.ui.drafts.AutosaveScheduler;
import org.omicsbatch.ui.drafts.DraftCommands;
import org.omicsbatch.ui.drafts.DraftsViewModel;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.task.TaskStatusBar;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.wizard.WizardSteps;
import org.omicsbatch.ui.wizard.WizardViewModel;

/**
 * Puts the app together on a stage: theme, main window, menus, drafts with autosave, the remembered
 * window bounds, and an orderly close. Tests build it on their own stage with their own context.
 */
public final class AppShell {
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 760;
    private final AppContext context;
    private final UiTaskExecutor executor;
    private Stage stage;
    private WizardViewModel wizard;
    private DraftsViewModel drafts;
    private DraftCommands commands;
    private AutosaveScheduler autosave;

    public AppShell(AppContext context, UiTaskExecutor executor) {
        this.context = context;
        this.executor = executor;
    }

    /** Builds the window on {@code stage} and shows it; then offers a draft left by a crash. */
    public void show(Stage stage) {
        show(stage, null);
    }

    /**
     * Shows the main window; {@code draftToOpen} is a draft the app was started with (a double-clicked
     * {@code .omicsbatch} file). Opening it takes the place of the offer to restore an autosave, which
     * stays for the next start.
     */
    public void show(Stage stage, java.nio.file.Path draftToOpen) {
        this.stage = stage;
        Theme theme = Theme.fromKey(context.preferences().get().theme());
        theme.apply();
        wizard = new WizardViewModel(WizardSteps.create(context));
        org.omicsbatch.ui.wizard.review.ReviewStep.wire(wizard);
        drafts = new DraftsViewModel(context.draftState(), executor, new RecentFiles(context.home()),
                new Autosave(context.home()));
        autosave = new AutosaveScheduler(context.draftState(), drafts, 600);
        commands = new DraftCommands(drafts, stage);
        executor.setDefaultFailureHandler((title, error) -> Dialogs.error(stage, title, UserMessages.describe(error)));

        MainMenu.Actions actions = new MainMenu.Actions(commands::newDraft, commands::open, commands::openRecent,
                commands::save, commands::saveAs, this::exit, this::applyTheme, () -> Dialogs.about(stage));
        javafx.scene.control.MenuBar menu = MainMenu.build(actions, drafts.recentFiles(), wizard, theme);
        menu.getMenus().add(menu.getMenus().size() - 1, org.omicsbatch.ui.monitor.BatchesWindow.menu(context)); // before Help
        MainWindow window = new MainWindow(wizard, menu, new TaskStatusBar(executor));
        Scene scene = new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        style(scene);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::title,
                context.draftState().fileProperty(), context.draftState().dirtyProperty()));
        restoreBounds(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            exit();
        });
        stage.show();
        if (draftToOpen == null) {
            Platform.runLater(commands::offerRecovery);
        } else {
            Platform.runLater(() -> commands.openRecent(draftToOpen));
        }
    }

    /** Gives a window of the app the app's stylesheet (its own looks, and colours for notifications). */
    public static Scene style(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(AppShell.class.getResource("app.css")).toExternalForm());
        return scene;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public DraftsViewModel drafts() {
        return drafts;
    }

    public AutosaveScheduler autosave() {
        return autosave;
    }

    private String title() {
        var file = context.draftState().fileProperty().get();
        String name = file == null ? "Untitled draft" : file.getFileName().toString();
        return (context.draftState().dirtyProperty().get() ? "• " : "") + name + " — Omics Batch Launcher";
    }

    private void applyTheme(Theme theme) {
        theme.apply();
        context.preferences().update(p -> p.withTheme(theme.key()));
    }

    /** Closes the app unless the user keeps an unsaved draft open. */
    public void exit() {
        if (!commands.confirmDiscard()) {
            return;
        }
        shutdown();
        stage.hide();
        Platform.exit();
    }

    /** Saves the window bounds and stops background work, the connection and the sandbox. */
    public void shutdown() {
        context.preferences().update(p -> p.withWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized())));
        executor.cancelAll();
        autosave.close();
        Connection connection = context.connectionProperty().get();
        context.connectionProperty().set(null);
        if (connection != null) {
            connection.close();
        }
        if (!context.draftState().dirtyProperty().get()) {
            try {
                new Autosave(context.home()).clear();
            } catch (IOException e) {
                // A stale copy only leads to one needless question at the next start.
            }
        }
    }

    /** Puts the window where it was, if that place is still on a screen. */
    private static void restoreBounds(Stage stage, WindowBounds bounds) {
        if (bounds == null || bounds.width() < 200 || bounds.height() < 200) {
            return;
        }
        Rectangle2D area = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        if (Screen.getScreensForRectangle(area).isEmpty()) {
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void restoreBounds(Stage target) {
        restoreBounds(target, context.preferences().get().window());
    }
}
