package org.omicsbatch.ui.monitor;

import java.io.File;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.model.BatchDraft;

/** The monitor of one batch: header, counters, actions and the runs table. Controls and bindings only. */
public final class MonitorView extends BorderPane {
    private final MonitorViewModel vm;
    private final Timeline clock;
    private Consumer<BatchDraft> openDraft = draft -> { };
    private Consumer<java.nio.file.Path> submitRest = file -> { };

    public MonitorView(MonitorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("monitor-view");
        getStylesheets().add(MonitorView.class.getResource("/org/omicsbatch/ui/components/components.css")
                .toExternalForm());
        VBox top = new VBox(new MonitorHeader(vm), actionBar());
        setTop(top);
        setCenter(new RunsPane(vm));
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick(Instant.now())));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        vm.setOnFinished(text -> FinishNotifier.notify(this, text));
    }

    /** Where "Resubmit failed runs" and "Submit the rest" send their new draft (the wizard). */
    public void setOnOpenDraft(Consumer<BatchDraft> openDraft) {
        this.openDraft = openDraft;
    }

    /** Where "Submit the rest" sends the pilot's draft file (the submit step, leaving out runs already sent). */
    public void setOnSubmitRest(Consumer<java.nio.file.Path> submitRest) {
        this.submitRest = submitRest;
    }

    public MonitorViewModel viewModel() {
        return vm;
    }

    /** Stops polling and the clock; the journal lets a later monitor pick the batch up again. */
    public void close() {
        clock.stop();
        vm.stop();
    }

    private VBox actionBar() {
        MonitorActions a = vm.actions();
        Button refresh = button("refresh", "Refresh", Material2MZ.REFRESH, a.busyProperty().isNotNull().not());
        refresh.setOnAction(e -> vm.refresh());
        Button cancel = button("cancelBatch", "Cancel batch", Material2MZ.STOP_CIRCLE, a.cancelEnabled());
        cancel.setTooltip(new Tooltip("Possible while the batch is PENDING, SUBMITTING or INPROGRESS"));
        cancel.setOnAction(e -> confirmThen("Cancel batch", a.cancelConfirmation(), a::cancelBatch));
        Button deleteRuns = button("deleteRuns", "Delete runs", Material2AL.DELETE_SWEEP, a.deleteRunsEnabled());
        deleteRuns.setTooltip(new Tooltip("Possible once the batch is PROCESSED or CANCELLED"));
        deleteRuns.setOnAction(e -> confirmThen("Delete runs", a.deleteRunsConfirmation(), a::deleteRuns));
        Button deleteBatch = button("deleteBatch", "Delete batch", Material2AL.DELETE_FOREVER, a.deleteBatchEnabled());
        deleteBatch.setTooltip(new Tooltip("Possible once the batch has finished (PROCESSED, FAILED, CANCELLED or"
                + " RUNS_DELETED)"));
        deleteBatch.setOnAction(e -> confirmThen("Delete batch", a.deleteBatchConfirmation(), a::deleteBatch));
        Button resubmit = button("resubmitFailed", "Resubmit failed runs", Material2MZ.REPLAY, a.resubmitFailedEnabled());
        resubmit.setTooltip(new Tooltip("Opens a new draft with exactly the runs that failed"));
        resubmit.setOnAction(e -> a.resubmitFailed(openDraft));
        Button rest = button("submitRest", "Submit the rest", Material2MZ.PLAYLIST_PLAY, a.submitRestEnabled());
        rest.setTooltip(new Tooltip("After a pilot: submits the runs of the same draft that were not sent yet"));
        rest.setOnAction(e -> submitRest.accept(vm.context().draftFile()));
        Button export = button("exportResults", "Export results", Material2AL.GET_APP,
                a.busyProperty().isNull());
        export.setOnAction(e -> chooseExportFile());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, refresh, new Separator(javafx.geometry.Orientation.VERTICAL), cancel, deleteRuns,
                deleteBatch, gap, resubmit, rest, export);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = note("actionMessage", a.messageProperty());
        Label outcome = note("actionOutcome", a.outcomeProperty());
        VBox bar = new VBox(4, buttons, message, outcome);
        bar.setPadding(new Insets(4, 16, 6, 16));
        return bar;
    }

    private void confirmThen(String title, String text, Runnable action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.getDialogPane().setId("confirmDialog");
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> action.run());
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export results");
        chooser.setInitialFileName((vm.nameProperty().get() + "-results.csv").replaceAll("[^A-Za-z0-9._-]", "_"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.actions().exportResults(file.toPath());
        }
    }

    private static Button button(String id, String text, Ikon icon, BooleanBinding enabled) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.disableProperty().bind(enabled.not());
        return b;
    }

    private static Label note(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
