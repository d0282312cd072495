package org.omicsbatch.ui.monitor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.omicsbatch.ui.components.StackedCountBar;
import org.omicsbatch.ui.components.StatusTimeline;

/** The top of the monitor: who the batch is, where it stands, and its counters. Binds only. */
final class MonitorHeader extends VBox {

    MonitorHeader(MonitorViewModel vm) {
        setSpacing(6);
        setPadding(new Insets(10, 16, 4, 16));
        getStyleClass().add("monitor-header");

        Label name = new Label();
        name.setId("batchName");
        name.getStyleClass().add("title-3");
        name.textProperty().bind(vm.nameProperty());
        Label status = new Label();
        status.setId("batchStatus");
        status.getStyleClass().add("status-badge");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> vm.statusProperty().get() == null ? "…" : vm.statusProperty().get().name(), vm.statusProperty()));
        vm.statusProperty().addListener((o, a, s) -> {
            status.getStyleClass().removeIf(c -> c.startsWith("tone-"));
            status.getStyleClass().add("tone-" + BatchPresentation.tone(s));
        });
        Label id = new Label("id " + vm.batchId());
        id.getStyleClass().add("muted-note");
        HBox arn = arnRow(vm);
        HBox.setHgrow(arn, Priority.ALWAYS);
        HBox title = new HBox(10, name, status, id, arn);
        title.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        StatusTimeline timeline = new StatusTimeline();
        timeline.setId("timeline");
        timeline.stepsProperty().bind(vm.timelineProperty());

        Label facts = new Label();
        facts.setId("facts");
        facts.textProperty().bind(Bindings.createStringBinding(() -> joinFacts(vm), vm.elapsedProperty(),
                vm.paceProperty(), vm.estimateProperty()));
        Label failure = boundNote(vm.failureReasonProperty(), "failureReason", "error-text");
        failure.textProperty().unbind();
        failure.textProperty().bind(Bindings.when(vm.failureReasonProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Why the batch failed: ", vm.failureReasonProperty())));
        Label tags = boundNote(vm.tagsProperty(), "batchTags", "muted-note");
        tags.textProperty().unbind();
        tags.textProperty().bind(Bindings.when(vm.tagsProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Batch tags: ", vm.tagsProperty())));
        Label problem = boundNote(vm.connectionProblemProperty(), "connectionProblem", "error-text");

        getChildren().addAll(title, timeline, facts, failure, tags, problem, counters(vm));
    }

    private static String joinFacts(MonitorViewModel vm) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {vm.elapsedProperty().get().isEmpty() ? "" : "Elapsed "
                + vm.elapsedProperty().get(), vm.paceProperty().get(), vm.estimateProperty().get()}) {
            if (!part.isEmpty()) {
                b.append(b.isEmpty() ? "" : "  ·  ").append(part);
            }
        }
        return b.toString();
    }

    private static HBox arnRow(MonitorViewModel vm) {
        TextField arn = new TextField();
        arn.setId("batchArn");
        arn.setEditable(false);
        arn.getStyleClass().add("copy-field");
        arn.textProperty().bind(vm.arnProperty());
        HBox.setHgrow(arn, Priority.ALWAYS);
        Button copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copyArn");
        copy.getStyleClass().addAll("flat", "button-icon");
        copy.setTooltip(new Tooltip("Copy the batch ARN"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.arnProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Label label = new Label("ARN");
        label.getStyleClass().add("muted-note");
        HBox row = new HBox(6, label, arn, copy);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static VBox counters(MonitorViewModel vm) {
        StackedCountBar submissions = new StackedCountBar();
        submissions.setId("submissionChart");
        submissions.setTitle("Submissions");
        submissions.segmentsProperty().bind(vm.submissionSegmentsProperty());
        StackedCountBar runs = new StackedCountBar();
        runs.setId("runChart");
        runs.setTitle("Runs");
        runs.segmentsProperty().bind(vm.runSegmentsProperty());
        Label lag = new Label("Run counts come from the service and may lag behind the runs until the batch is"
                + " PROCESSED; then they are final.");
        lag.setId("lagNote");
        lag.getStyleClass().add("lag-note");
        lag.setWrapText(true);
        lag.visibleProperty().bind(vm.countsFinalProperty().not());
        lag.managedProperty().bind(lag.visibleProperty());
        javafx.scene.layout.GridPane charts = new javafx.scene.layout.GridPane();
        charts.setHgap(24);
        javafx.scene.layout.ColumnConstraints left = new javafx.scene.layout.ColumnConstraints();
        left.setPercentWidth(38);
        javafx.scene.layout.ColumnConstraints right = new javafx.scene.layout.ColumnConstraints();
        right.setPercentWidth(62); // eight run states need more room than the submission outcomes
        charts.getColumnConstraints().addAll(left, right);
        charts.addRow(0, submissions, runs);
        VBox box = new VBox(4, charts, lag);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private static Label boundNote(javafx.beans.value.ObservableStringValue text, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
