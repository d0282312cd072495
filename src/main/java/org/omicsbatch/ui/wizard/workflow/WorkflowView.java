package org.omicsbatch.ui.wizard.workflow;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.aws.WorkflowSummary;
import org.omicsbatch.ui.forms.FormGrid;
import org.omicsbatch.ui.help.FieldHelp;

/** Step 2's controls, bound to {@link WorkflowViewModel}. */
public final class WorkflowView extends HBox {

    public WorkflowView(WorkflowViewModel model, FieldHelp help) {
        super(20);
        setPadding(new Insets(4, 0, 12, 0));
        getStyleClass().add("workflow-view");

        CustomTextField search = new CustomTextField();
        search.setId("workflow-search");
        search.setPromptText("Search workflows by name, id or description");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        ListView<WorkflowSummary> list = new ListView<>(model.visibleWorkflows());
        list.setId("workflow-list");
        list.setCellFactory(view -> new WorkflowCell());
        list.setPrefHeight(420);
        list.setPlaceholder(new Label("No workflows yet: connect first, or this account has none."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && WorkflowViewModel.isSelectable(chosen)) {
                model.workflowProperty().set(chosen);
            }
        });
        model.workflowProperty().addListener((obs, old, chosen) -> list.getSelectionModel().select(chosen));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        Label ready2run = new Label("Ready2Run workflows are not offered: "
                + WorkflowViewModel.READY2RUN_REASON + " (start those runs one by one).");
        ready2run.setId("ready2run-note");
        ready2run.getStyleClass().add("explanation");
        ready2run.setWrapText(true);
        VBox left = new VBox(8, new HBox(8, search, loading), list, ready2run);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(380);
        left.setMinWidth(300);

        FormGrid form = new FormGrid();
        ComboBox<WorkflowChoices.VersionChoice> version = new ComboBox<>(model.versions());
        version.setId("workflow-version");
        version.valueProperty().bindBidirectional(model.versionProperty());
        version.setMaxWidth(Double.MAX_VALUE);
        version.disableProperty().bind(Bindings.isEmpty(model.versions()));
        form.add("Version", version, help.get("DefaultRunSetting.workflowVersionName"));
        Label description = new Label();
        description.setId("workflow-description");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> describe(model.detailsProperty().get()),
                model.detailsProperty()));
        form.add("Details", description, null);
        ComboBox<WorkflowChoices.RunGroupChoice> runGroup = new ComboBox<>(model.runGroups());
        runGroup.setId("run-group");
        runGroup.valueProperty().bindBidirectional(model.runGroupProperty());
        runGroup.setMaxWidth(Double.MAX_VALUE);
        form.add("Run group", runGroup, help.get("DefaultRunSetting.runGroupId"));
        ComboBox<WorkflowChoices.RunCacheChoice> runCache = new ComboBox<>(model.runCaches());
        runCache.setId("run-cache");
        runCache.valueProperty().bindBidirectional(model.runCacheProperty());
        runCache.setMaxWidth(Double.MAX_VALUE);
        form.add("Run cache", runCache, help.get("DefaultRunSetting.cacheId"));

        Label error = new Label();
        error.setId("workflow-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        VBox right = new VBox(12, form, error);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private static String describe(WorkflowDetails details) {
        if (details == null) {
            return "Choose a workflow on the left.";
        }
        StringBuilder text = new StringBuilder();
        text.append(details.name() != null ? details.name() : "Workflow").append(" (id ").append(details.id());
        if (details.versionName() != null) {
            text.append(", version ").append(details.versionName());
        }
        text.append(")");
        if (details.description() != null && !details.description().isBlank()) {
            text.append("\n").append(details.description());
        }
        if (details.engine() != null) {
            text.append("\nEngine: ").append(details.engine());
        }
        if (details.storageType() != null || details.storageCapacity() != null) {
            text.append("\nWorkflow storage: ").append(details.storageType() == null ? "" : details.storageType())
                    .append(details.storageCapacity() == null ? "" : " " + details.storageCapacity() + " GiB");
        }
        int parameters = details.parameterTemplate() == null ? 0 : details.parameterTemplate().size();
        text.append("\nParameters in its template: ").append(parameters);
        return text.toString();
    }

    /** Name, id and type; READY2RUN greyed out with the reason. */
    private static final class WorkflowCell extends ListCell<WorkflowSummary> {
        @Override
        protected void updateItem(WorkflowSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
                setTooltip(null);
                return;
            }
            boolean selectable = WorkflowViewModel.isSelectable(item);
            Label name = new Label(WorkflowViewModel.nameOf(item));
            name.getStyleClass().add("text-bold");
            String detail = "id " + item.id() + (item.type() == null ? "" : " · " + item.type())
                    + (item.ownerAccountId() == null ? "" : " · shared by " + item.ownerAccountId())
                    + (selectable ? "" : " · " + WorkflowViewModel.READY2RUN_REASON);
            Label meta = new Label(detail);
            meta.getStyleClass().add("explanation");
            setText(null);
            setGraphic(new VBox(2, name, meta));
            setDisable(!selectable);
            setTooltip(selectable ? null : new javafx.scene.control.Tooltip(WorkflowViewModel.READY2RUN_REASON));
        }
    }
}
