package org.omicsbatch.ui.wizard.defaults;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.omicsbatch.ui.forms.Fields;
import org.omicsbatch.ui.forms.FormGrid;
import org.omicsbatch.ui.forms.TagsEditor;
import org.omicsbatch.ui.help.FieldHelp;
import org.omicsbatch.ui.s3.S3BrowserDialog;
import org.omicsbatch.ui.s3.S3BrowserViewModel;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.task.TaskExecutor;

/** Step 3's controls, bound to {@link RunDefaultsViewModel}; each field's help is the service's documentation. */
public final class RunDefaultsView extends VBox {
    private static final String DEFAULT = "(service default)";
    private final RunDefaultsViewModel model;
    private final FieldHelp help;
    private final FormGrid form = new FormGrid();

    public RunDefaultsView(RunDefaultsViewModel model, FieldHelp help, ObjectProperty<Connection> connection,
            TaskExecutor executor) {
        super(8);
        this.model = model;
        this.help = help;
        setPadding(new Insets(4, 0, 12, 0));
        getStyleClass().add("run-defaults-view");
        Label intro = new Label("What every run of the batch shares. A run's own values (step 5) override "
                + "name, output location, bucket owner and priority; parameters and run tags are merged.");
        intro.setWrapText(true);
        Label elsewhere = new Label();
        elsewhere.setId("set-elsewhere");
        elsewhere.getStyleClass().add("explanation");
        elsewhere.setWrapText(true);
        elsewhere.textProperty().bind(model.setElsewhereProperty());

        section("Runs");
        text("Default run name", "defaultRunSetting.name", "name", model.nameProperty(), "e.g. wgs-{sample}");
        ComboBox<String> role = recent("role-arn", model.recentRoleArns(), model.roleArnProperty(),
                "arn:aws:iam::123456789012:role/OmicsWorkflowRole");
        field("Service role ARN *", "defaultRunSetting.roleArn", role);
        ComboBox<String> output = recent("output-uri", model.recentOutputUris(), model.outputUriProperty(),
                "s3://bucket/prefix/");
        Button browse = new Button(null, new FontIcon(Material2AL.FOLDER_OPEN));
        browse.setId("output-uri-browse");
        browse.setTooltip(new Tooltip("Choose an s3:// folder…"));
        browse.disableProperty().bind(connection.isNull());
        browse.setOnAction(event -> new S3BrowserDialog(getScene().getWindow(),
                new S3BrowserViewModel(executor, connection.get().s3()), model.outputUriProperty().get()).choose()
                .ifPresent(model.outputUriProperty()::set));
        HBox outputRow = new HBox(6, output, browse);
        HBox.setHgrow(output, Priority.ALWAYS);
        field("Output URI", "defaultRunSetting.outputUri", output, outputRow);
        text("Output bucket owner", "defaultRunSetting.outputBucketOwnerId", "output-bucket-owner",
                model.outputBucketOwnerIdProperty(), "12-digit account id, optional");
        text("Priority", "defaultRunSetting.priority", "priority", model.priorityProperty(), "0 – 100000");

        section("Storage");
        field("Storage type", "defaultRunSetting.storageType",
                withId(Fields.choice(model.storageTypeProperty(), ServiceChoices.STORAGE_TYPE, DEFAULT), "storage-type"));
        TextField capacity = text("Storage capacity (GiB)", "defaultRunSetting.storageCapacity", "storage-capacity",
                model.storageCapacityProperty(), "e.g. 1200");
        capacity.setTooltip(FormGrid.tooltip(help.get("StartRunRequest.storageCapacity")));
        Label rounding = new Label();
        rounding.setId("storage-rounding");
        rounding.getStyleClass().add("explanation");
        rounding.setWrapText(true);
        rounding.textProperty().bind(model.storageRoundingProperty());
        form.add("", rounding, null);

        section("Behaviour");
        field("Retention mode", "defaultRunSetting.retentionMode",
                withId(Fields.choice(model.retentionModeProperty(), ServiceChoices.RETENTION_MODE, DEFAULT), "retention-mode"));
        field("Log level", "defaultRunSetting.logLevel",
                withId(Fields.choice(model.logLevelProperty(), ServiceChoices.LOG_LEVEL, DEFAULT), "log-level"));
        ComboBox<String> cache = withId(Fields.choice(model.cacheBehaviorProperty(), ServiceChoices.CACHE_BEHAVIOR,
                "(the cache's own default)"), "cache-behavior");
        cache.disableProperty().bind(model.hasCacheProperty().not());
        field("Cache behaviour", "defaultRunSetting.cacheBehavior", cache);
        field("Networking mode", "defaultRunSetting.networkingMode",
                withId(Fields.choice(model.networkingModeProperty(), ServiceChoices.NETWORKING_MODE, DEFAULT), "networking-mode"));
        text("Configuration name", "defaultRunSetting.configurationName", "configuration-name",
                model.configurationNameProperty(), "optional");

        section("Run tags");
        tags("Run tags", "defaultRunSetting.runTags", new TagsEditor(model.runTags(), "run-tags"));

        section("Batch");
        text("Batch name", "batchName", "batch-name", model.batchNameProperty(), "optional, e.g. cohort-2026-11");
        tags("Batch tags", "tags", new TagsEditor(model.batchTags(), "batch-tags"));
        Label notInherited = new Label(help.get("StartRunBatchRequest.tags"));
        notInherited.getStyleClass().add("explanation");
        notInherited.setWrapText(true);
        form.add("", notInherited, null);
        text("Upload location", UploadLocation.FIELD, "settings-uri", model.settingsUriProperty(),
                "s3://bucket/prefix/ (over 100 runs, or local files)");
        Label uploads = new Label("Where the app uploads, before starting the batch, the settings file of a batch"
                + " over 100 runs and local files such as each run's own sample sheet.");
        uploads.getStyleClass().add("explanation");
        uploads.setWrapText(true);
        form.add("", uploads, null);

        getChildren().addAll(intro, elsewhere, form);
    }

    private void section(String title) {
        Label label = new Label(title);
        label.getStyleClass().addAll("section-title", "title-4");
        form.addSpanning(label);
    }

    private TextField text(String label, String path, String id, javafx.beans.property.StringProperty value,
            String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        field(label, path, field);
        return field;
    }

    private void field(String label, String path, Control control) {
        field(label, path, control, control);
    }

    /** {@code shown} is what the row displays: the control itself or a box around it. */
    private void field(String label, String path, Control control, Node shown) {
        Label message = form.add(label, shown, help.get(helpKey(path)));
        if (shown != control && control.getTooltip() == null) {
            control.setTooltip(FormGrid.tooltip(help.get(helpKey(path))));
        }
        message.setId(control.getId() + "-message");
        Fields.bindMessage(control, message, model.messageFor(path), model.isWarning(path));
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.rememberRecent();
            }
        });
    }

    private void tags(String label, String path, TagsEditor editor) {
        Label message = form.add(label, editor, help.get(helpKey(path)));
        message.setId(editor.getId() + "-message");
        message.textProperty().bind(model.messageFor(path));
    }

    private ComboBox<String> recent(String id, java.util.List<String> recent, javafx.beans.property.StringProperty value,
            String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.getItems().setAll(recent);
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().textProperty().bindBidirectional(value);
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(value.get())) {
                value.set(chosen);
            }
        });
        return box;
    }

    private static <T extends Control> T withId(T control, String id) {
        control.setId(id);
        return control;
    }

    /** {@code defaultRunSetting.roleArn} → {@code DefaultRunSetting.roleArn}; batch fields → the request's. */
    private static String helpKey(String path) {
        if (path.startsWith("defaultRunSetting.")) {
            return "DefaultRunSetting." + path.substring("defaultRunSetting.".length());
        }
        return "StartRunBatchRequest." + path;
    }

    Node form() {
        return form;
    }
}
