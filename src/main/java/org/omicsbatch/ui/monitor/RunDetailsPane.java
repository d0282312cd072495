package org.omicsbatch.ui.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.Run;

/** GetRun of the selected run: parameters, times, where outputs and logs are, a console link. */
final class RunDetailsPane extends ScrollPane {
    private final GridPane facts = new GridPane();
    private final TextArea parameters = new TextArea();
    private final Hyperlink console = new Hyperlink();
    private final Label heading = new Label("Select a run to see its details.");

    RunDetailsPane(MonitorViewModel vm) {
        setId("runDetails");
        setFitToWidth(true);
        facts.setHgap(8);
        facts.setVgap(4);
        parameters.setEditable(false);
        parameters.setWrapText(true);
        parameters.setPrefRowCount(8);
        parameters.setId("runParameters");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        console.setId("consoleLink");
        console.setOnAction(e -> openInBrowser(console.getText()));
        console.setTooltip(new javafx.scene.control.Tooltip("Open the run in the AWS console (the link is also"
                + " copied)"));
        Label parametersTitle = new Label("Parameters");
        parametersTitle.visibleProperty().bind(console.visibleProperty());
        parameters.visibleProperty().bind(console.visibleProperty());
        console.managedProperty().bind(console.visibleProperty());
        parametersTitle.managedProperty().bind(console.visibleProperty());
        parameters.managedProperty().bind(console.visibleProperty());
        VBox box = new VBox(8, heading, facts, parametersTitle, parameters, console);
        box.setPadding(new Insets(8));
        setContent(box);
        vm.detailsProperty().addListener((o, a, run) -> show(run, vm.arnProperty().get()));
        show(null, null);
    }

    private void show(Run run, String batchArn) {
        facts.getChildren().clear();
        parameters.setText("");
        console.setVisible(run != null);
        if (run == null) {
            heading.setText("Select a run to see its details.");
            return;
        }
        heading.setText(run.name() == null ? "Run " + run.id() : run.name() + " (" + run.id() + ")");
        int row = 0;
        row = fact(row, "Status", run.status() == null ? null : run.status().name());
        row = fact(row, "Status message", run.statusMessage());
        row = fact(row, "Failure reason", run.failureReason());
        row = fact(row, "Created", time(run.creationTime()));
        row = fact(row, "Started", time(run.startTime()));
        row = fact(row, "Stopped", time(run.stopTime()));
        row = fact(row, "Outputs", run.runOutputUri());
        row = fact(row, "Logs", lines(run.logLocation()));
        fact(row, "Workflow", run.workflowId() + (run.workflowVersionName() == null ? "" : " " + run.workflowVersionName()));
        parameters.setText(text(run.parameters()));
        console.setText(ConsoleLinks.run(batchArn, run.id()));
    }

    private int fact(int row, String name, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label key = new Label(name);
        key.getStyleClass().add("muted-note");
        key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label val = new Label(value);
        val.setWrapText(true);
        facts.addRow(row, key, val);
        return row + 1;
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private static String time(java.time.Instant t) {
        return t == null ? null : TIME.format(t);
    }

    /** An object of strings (logLocation) as "name: value" lines; anything else as JSON. */
    private static String lines(JsonNode node) {
        if (node == null || !node.isObject()) {
            return text(node);
        }
        StringBuilder b = new StringBuilder();
        node.fields().forEachRemaining(e -> b.append(b.isEmpty() ? "" : "\n").append(e.getKey()).append(": ")
                .append(e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return b.toString();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    /** AWT's browser call, off the FX thread; where there is none the copied link is the way. */
    private static void openInBrowser(String url) {
        copy(url);
        if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                java.awt.Desktop desktop = java.awt.Desktop.getDesktop();
                if (desktop.isSupported(java.awt.Desktop.Action.BROWSE)) {
                    desktop.browse(java.net.URI.create(url));
                }
            } catch (java.io.IOException | RuntimeException e) {
                // The link is on the clipboard.
            }
        }, "open-console-link");
        t.setDaemon(true);
        t.start();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
