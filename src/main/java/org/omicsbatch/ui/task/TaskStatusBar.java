package org.omicsbatch.ui.task;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The main window's status bar: the newest running task's message, its progress and a Cancel
 * button; a short idle text otherwise.
 */
public final class TaskStatusBar extends HBox {
    private final Label message = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel", new FontIcon(Material2AL.CANCEL));

    public TaskStatusBar(UiTaskExecutor executor) {
        getStyleClass().add("task-status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setId("task-message");
        progress.setPrefWidth(180);
        cancel.setId("task-cancel");
        cancel.setTooltip(new Tooltip("Stop the running work (Esc)"));
        cancel.setCancelButton(true);
        getChildren().addAll(message, spacer, progress, cancel);
        executor.currentProperty().addListener((obs, old, task) -> show(task));
        show(null);
    }

    private void show(Worker<?> task) {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        boolean busy = task != null;
        progress.setVisible(busy);
        cancel.setVisible(busy);
        cancel.setOnAction(busy ? event -> task.cancel() : null);
        if (busy) {
            message.textProperty().bind(Bindings.createStringBinding(
                    () -> task.getMessage() == null || task.getMessage().isBlank() ? task.getTitle() : task.getMessage(),
                    task.messageProperty(), task.titleProperty()));
            progress.progressProperty().bind(task.progressProperty());
        } else {
            message.setText("Ready");
        }
    }

    public Label messageLabel() {
        return message;
    }
}
