package org.omicsbatch.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Small message dialogs in plain words (never a stack trace). */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    public static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Omics Batch Launcher");
        alert.setHeaderText("Omics Batch Launcher " + version());
        Label text = new Label("Prepare, check and launch AWS HealthOmics run batches (StartRunBatch) from a "
                + "sample sheet, and follow them run by run.\n\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.version", "?"));
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private static String version() {
        String version = Dialogs.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
