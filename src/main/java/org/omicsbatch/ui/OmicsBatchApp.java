package org.omicsbatch.ui;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.omicsbatch.drafts.AppHome;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.ui.services.AppConnector;
import org.omicsbatch.ui.task.UiTaskExecutor;

/**
 * The desktop application. With {@value #SELF_TEST} it opens its main window, waits until the window
 * is shown and exits 0: installers use it to prove that the packaged app starts on a machine.
 */
public class OmicsBatchApp extends Application {
    public static final String SELF_TEST = "--self-test";
    private static final long SELF_TEST_TIMEOUT_SECONDS = 60;
    private AppShell shell;

    public static void launchApp(String[] args) {
        boolean selfTest = isSelfTest(args);
        if (selfTest) {
            failAfterTimeout();
        }
        StartupWarmup.start();
        Application.launch(OmicsBatchApp.class, args);
        if (selfTest) {
            System.out.println("self-test: the main window opened");
            System.exit(0);
        }
    }

    /** True for the arguments the app (not the command line) handles. */
    public static boolean isSelfTest(String[] args) {
        return Arrays.asList(args).contains(SELF_TEST);
    }

    @Override
    public void start(Stage stage) {
        UiTaskExecutor executor = new UiTaskExecutor();
        java.nio.file.Path home = AppHome.resolve();
        AppContext context = new AppContext(home, executor,
                new AppConnector(SandboxOptions.defaults().withStateDir(home.resolve("sandbox"))));
        shell = new AppShell(context, executor);
        List<String> args = getParameters().getRaw();
        if (args.contains(SELF_TEST)) {
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("self-test: " + StartupTiming.shownNow());
                shell.shutdown();
                Platform.exit();
            }));
        }
        shell.show(stage, draftArgument(args));
    }

    /** The first argument that names an existing file: how a file manager passes a double-clicked draft. */
    static java.nio.file.Path draftArgument(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("--")).map(java.nio.file.Path::of)
                .filter(java.nio.file.Files::isRegularFile).findFirst().orElse(null);
    }

    /** A window that never appears must fail the self-test rather than hang an installer's check. */
    private static void failAfterTimeout() {
        Thread watchdog = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(SELF_TEST_TIMEOUT_SECONDS);
                System.err.println("self-test: the main window did not open within " + SELF_TEST_TIMEOUT_SECONDS + " s");
                System.exit(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "self-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
