package org.omicsbatch.ui.submit;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The submit step: one line per stage with its own progress, the error with advice, Submit/Retry/Cancel. */
public final class SubmitView extends VBox {

    /** @param newSubmission makes the submission of the wizard's current draft when Submit is pressed */
    public SubmitView(SubmitViewModel vm, Supplier<SubmitPipeline> newSubmission) {
        setId("submitView");
        setSpacing(12);
        setPadding(new Insets(16));
        getStylesheets().add(SubmitView.class.getResource("/org/omicsbatch/ui/components/components.css")
                .toExternalForm());
        Label title = new Label("Submit the batch");
        title.getStyleClass().add("title-3");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (StageRow row : vm.stages()) {
            addStage(grid, row);
        }

        Label error = new Label();
        error.setId("submitError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label advice = new Label();
        advice.setId("submitAdvice");
        advice.setWrapText(true);
        advice.textProperty().bind(vm.adviceProperty());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("submitProblems");
        problems.setPrefHeight(140);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox errorBox = new VBox(4, error, advice, problems);
        errorBox.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        Button submit = new Button("Submit", new FontIcon(Material2MZ.SEND));
        submit.setId("submitButton");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(vm.canSubmit().not());
        submit.setOnAction(e -> vm.submit(newSubmission.get()));
        Button retry = new Button("Retry", new FontIcon(Material2MZ.REPLAY));
        retry.setId("retryButton");
        retry.disableProperty().bind(vm.canRetry().not());
        retry.setOnAction(e -> vm.retry());
        Button cancel = new Button("Cancel upload", new FontIcon(Material2AL.CANCEL));
        cancel.setId("cancelSubmit");
        cancel.disableProperty().bind(vm.canCancel().not());
        cancel.setOnAction(e -> vm.cancel());
        Label request = new Label();
        request.getStyleClass().add("muted-note");
        request.textProperty().bind(Bindings.when(vm.requestIdProperty().isNull()).then("")
                .otherwise(Bindings.concat("Request id ", vm.requestIdProperty(),
                        " (a retry sends the same id, so the service never creates a second batch)")));
        HBox buttons = new HBox(8, submit, retry, cancel, request);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, grid, errorBox, buttons);
    }

    private static void addStage(GridPane grid, StageRow row) {
        int r = row.stage().ordinal();
        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> iconOf(row.statusProperty().get()),
                row.statusProperty()));
        Label name = new Label(row.stage().title());
        name.getStyleClass().add("stage-title");
        Label detail = new Label();
        detail.getStyleClass().add("muted-note");
        detail.textProperty().bind(row.detailProperty());
        detail.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("stage-" + row.stage().name());
        bar.setPrefWidth(220);
        bar.progressProperty().bind(row.progressProperty());
        bar.visibleProperty().bind(row.statusProperty().isNotEqualTo(StageRow.Status.WAITING)
                .and(row.statusProperty().isNotEqualTo(StageRow.Status.SKIPPED)));
        VBox text = new VBox(2, name, detail);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(r, icon, text, bar);
    }

    private static Ikon iconOf(StageRow.Status status) {
        return switch (status) {
            case WAITING -> Material2MZ.RADIO_BUTTON_UNCHECKED;
            case RUNNING -> Material2AL.AUTORENEW;
            case DONE -> Material2AL.CHECK_CIRCLE;
            case SKIPPED -> Material2AL.CHECK_CIRCLE_OUTLINE;
            case FAILED -> Material2AL.ERROR;
        };
    }
}
