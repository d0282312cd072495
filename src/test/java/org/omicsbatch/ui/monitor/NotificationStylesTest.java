package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.ui.AppShell;
import org.omicsbatch.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Batch finished" notification under AtlantaFX: ControlsFX draws it with Modena's looked-up
 * colours, which the app's stylesheet defines. JavaFX's CSS logger is captured: with the app's
 * stylesheet it says nothing about the notification, without it it warns (so the capture works).
 */
class NotificationStylesTest {
    private final FxRobot robot = new FxRobot();
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @BeforeEach
    void captureTheCssLogger() throws Exception {
        css.addHandler(capture);
        FxToolkit.registerPrimaryStage();
        robot.interact(Theme.DARK::apply);
    }

    @AfterEach
    void release() throws Exception {
        css.removeHandler(capture);
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            Theme.LIGHT.apply();
        });
    }

    @Test
    void theNotificationHasItsColoursFromTheAppStylesheetAndLogsNothing() throws Exception {
        Region bar = notifyIn(true);
        assertThat(notificationWarnings()).isEmpty();
        var fill = bar.getBackground().getFills().get(bar.getBackground().getFills().size() - 1).getFill();
        assertThat(fill).as("the dark theme's background, not Modena's light body").isInstanceOf(Color.class);
        assertThat(((Color) fill).getBrightness()).isLessThan(0.3);
    }

    @Test
    void withoutTheAppStylesheetJavaFxWarnsAboutTheUndefinedColours() throws Exception {
        notifyIn(false);
        assertThat(notificationWarnings()).isNotEmpty();
    }

    /** Shows the notification over a window of the app (with or without its stylesheet); returns its pane. */
    private Region notifyIn(boolean appStylesheet) throws Exception {
        StackPane content = new StackPane();
        robot.interact(() -> {
            stage = new Stage();
            Scene scene = new Scene(content, 640, 400);
            stage.setScene(appStylesheet ? AppShell.style(scene) : scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            FinishNotifier.notify(content, "fastqc-cohort: 40 runs, 36 completed, 4 failed");
        });
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> pane() != null);
        Region pane = pane();
        robot.interact(() -> {
            pane.getScene().getRoot().applyCss();
            pane.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane;
    }

    private Region pane() {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing())
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".notification-bar > .pane").queryAll().stream())
                .map(Region.class::cast).findFirst().orElse(null);
    }

    private List<String> notificationWarnings() {
        return warnings.stream().filter(w -> w.contains("notification") || w.contains("-fx-outer-border")
                || w.contains("-fx-inner-border") || w.contains("-fx-body-color")).toList();
    }
}
