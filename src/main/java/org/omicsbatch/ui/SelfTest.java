package org.omicsbatch.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code --self-test}: the app opens its main window, reports how long that took since the process
 * started, and quits with exit code 0. The installer's smoke test and start-up measurements use it,
 * because a packaged runtime has no headless toolkit to drive the app with.
 */
final class SelfTest {
    static final String FLAG = "--self-test";

    private SelfTest() {
    }

    /** When the app was started with {@link #FLAG}, closes it once {@code stage} is on screen. */
    static void armIfRequested(Stage stage, List<String> rawArgs) {
        if (!rawArgs.contains(FLAG)) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            report(System.out, Instant.now());
            // Quit on a later pulse so the window has been laid out and drawn once.
            Platform.runLater(Platform::exit);
        });
    }

    static void report(PrintStream out, Instant shown) {
        String since = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, shown).toMillis() + " ms after process start")
                .orElse("(process start time unknown)");
        out.println("self-test: main window shown " + since);
    }
}
