package org.omicsbatch.ui.wizard.parameters;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.ui.forms.Fields;
import org.omicsbatch.ui.forms.FormGrid;
import org.omicsbatch.ui.forms.JsonEditorDialog;
import org.omicsbatch.ui.s3.S3BrowserDialog;
import org.omicsbatch.ui.s3.S3BrowserViewModel;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.task.TaskExecutor;

/** Step 4's form, generated from the template by {@link SharedParametersViewModel}. */
public final class SharedParametersView extends VBox {
    private final SharedParametersViewModel model;
    private final ObjectProperty<Connection> connection;
    private final TaskExecutor executor;
    private final VBox requiredBox = new VBox();
    private final VBox optionalBox = new VBox();
    private final VBox unknownBox = new VBox();

    public SharedParametersView(SharedParametersViewModel model, ObjectProperty<Connection> connection,
            TaskExecutor executor) {
        super(12);
        this.model = model;
        this.connection = connection;
        this.executor = executor;
        setPadding(new Insets(4, 0, 12, 0));
        Label intro = new Label("Values every run gets. A run's own value for the same parameter wins. Values are "
                + "text; choose JSON for a number, list or object, because the workflow's template does not say "
                + "which type it expects.");
        intro.setWrapText(true);
        Label noTemplate = new Label("Choose a workflow first: its parameter template makes this form.");
        noTemplate.getStyleClass().add("explanation");
        noTemplate.visibleProperty().bind(model.hasTemplateProperty().not());
        noTemplate.managedProperty().bind(noTemplate.visibleProperty());
        TitledPane optional = new TitledPane("Optional parameters", optionalBox);
        optional.setId("optional-parameters");
        optional.setExpanded(false);
        optional.visibleProperty().bind(Bindings.isNotEmpty(model.optional()));
        optional.managedProperty().bind(optional.visibleProperty());
        TitledPane unknown = new TitledPane("Not in the workflow's template", unknownBox);
        unknown.setId("unknown-parameters");
        unknown.visibleProperty().bind(Bindings.isNotEmpty(model.unknown()));
        unknown.managedProperty().bind(unknown.visibleProperty());
        Label requiredTitle = new Label("Required parameters");
        requiredTitle.getStyleClass().addAll("title-4", "section-title");
        requiredTitle.visibleProperty().bind(Bindings.isNotEmpty(model.required()));
        requiredTitle.managedProperty().bind(requiredTitle.visibleProperty());
        getChildren().addAll(intro, noTemplate, requiredTitle, requiredBox, optional, unknown);
        follow(model.required(), requiredBox, false);
        follow(model.optional(), optionalBox, false);
        follow(model.unknown(), unknownBox, true);
    }

    private void follow(ObservableList<ParameterField> fields, VBox box, boolean removable) {
        Runnable rebuild = () -> box.getChildren().setAll(grid(fields, removable));
        fields.addListener((ListChangeListener<ParameterField>) change -> rebuild.run());
        rebuild.run();
    }

    private FormGrid grid(List<ParameterField> fields, boolean removable) {
        FormGrid grid = new FormGrid();
        for (ParameterField field : fields) {
            TextField text = new TextField();
            text.setId("param-" + field.name());
            text.textProperty().bindBidirectional(field.textProperty());
            text.setPromptText(field.required() ? "required: here or per run" : "optional");
            ToggleButton json = new ToggleButton("JSON");
            json.setId("param-json-" + field.name());
            json.selectedProperty().bindBidirectional(field.jsonProperty());
            json.setTooltip(new Tooltip("Store the text as a JSON value (number, list, object, true/false) "
                    + "instead of a string"));
            Button edit = new Button(null, new FontIcon(Material2AL.CODE));
            edit.setId("param-edit-" + field.name());
            edit.setTooltip(new Tooltip("Edit as JSON…"));
            edit.setOnAction(event -> editJson(field));
            Button browse = new Button(null, new FontIcon(Material2AL.FOLDER_OPEN));
            browse.setId("param-browse-" + field.name());
            browse.setTooltip(new Tooltip("Choose an s3:// location…"));
            browse.disableProperty().bind(connection.isNull());
            browse.setOnAction(event -> browseS3(field));
            HBox row = new HBox(6, text, json, edit, browse);
            if (removable) {
                Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
                remove.setTooltip(new Tooltip("Remove this value"));
                remove.setOnAction(event -> model.remove(field));
                row.getChildren().add(remove);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            String label = field.required() ? field.name() + " *" : field.name();
            Label message = grid.add(label, row, field.description());
            message.setId("param-message-" + field.name());
            Fields.bindMessage(text, message, field.messageProperty(), field.messageIsErrorProperty().not());
        }
        return grid;
    }

    private void editJson(ParameterField field) {
        String initial = field.jsonProperty().get() ? field.textProperty().get()
                : field.textProperty().get().isEmpty() ? "" : org.omicsbatch.model.Json.mapper().getNodeFactory()
                        .textNode(field.textProperty().get()).toString();
        new JsonEditorDialog(getScene().getWindow(), field.name(), field.description(), initial).edit()
                .ifPresent(value -> {
                    field.jsonProperty().set(true);
                    field.textProperty().set(value.toString());
                });
    }

    private void browseS3(ParameterField field) {
        Connection open = connection.get();
        if (open == null) {
            return;
        }
        S3BrowserViewModel browser = new S3BrowserViewModel(executor, open.s3());
        new S3BrowserDialog(getScene().getWindow(), browser, field.textProperty().get()).choose()
                .ifPresent(uri -> {
                    field.jsonProperty().set(false);
                    field.textProperty().set(uri);
                });
    }
}
