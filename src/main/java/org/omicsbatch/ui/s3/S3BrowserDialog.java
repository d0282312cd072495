package org.omicsbatch.ui.s3;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Picks an s3:// URI by browsing buckets and folders; double-click or Enter opens, OK returns the URI. */
public final class S3BrowserDialog extends Dialog<String> {

    public S3BrowserDialog(Window owner, S3BrowserViewModel model, String startUri) {
        initOwner(owner);
        setTitle("Choose an S3 location");
        setHeaderText("Browse the buckets of this connection");
        setResizable(true);
        Button up = new Button("Up", new FontIcon(Material2AL.ARROW_UPWARD));
        up.setId("s3-up");
        up.setOnAction(event -> model.up());
        Label location = new Label();
        location.setId("s3-location");
        location.textProperty().bind(model.locationProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.loadingProperty());
        ListView<S3BrowserViewModel.Item> list = new ListView<>(model.items());
        list.setId("s3-items");
        list.setPrefSize(560, 360);
        list.setCellFactory(view -> new ItemCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.select(item);
            }
        });
        list.setOnMouseClicked(event -> {
            var item = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && item != null) {
                model.open(item);
            }
        });
        list.setOnKeyPressed(event -> {
            var item = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.RIGHT && item != null) {
                model.open(item);
            } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.BACK_SPACE) {
                model.up();
            }
        });
        TextField chosen = new TextField();
        chosen.setId("s3-uri");
        chosen.textProperty().bindBidirectional(model.selectedUriProperty());
        Label note = new Label();
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        Label keys = new Label("Double-click or → opens a folder, ← goes up.");
        keys.getStyleClass().add("explanation");
        HBox bar = new HBox(8, up, location, spinner);
        HBox.setHgrow(location, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, bar, list, chosen, note, keys));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(model.selectedUriProperty().isEmpty());
        setResultConverter(button -> button == ButtonType.OK ? model.selectedUriProperty().get() : null);
        model.start(startUri);
    }

    public Optional<String> choose() {
        return showAndWait();
    }

    private static final class ItemCell extends ListCell<S3BrowserViewModel.Item> {
        @Override
        protected void updateItem(S3BrowserViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            switch (item.kind()) {
                case BUCKET -> setGraphic(new FontIcon(Material2MZ.STORAGE));
                case FOLDER -> setGraphic(new FontIcon(Material2AL.FOLDER));
                default -> setGraphic(new FontIcon(Material2AL.INSERT_DRIVE_FILE));
            }
            setText(item.kind() == S3BrowserViewModel.Kind.FILE ? item.label() + "   (" + size(item.size()) + ")"
                    : item.label());
        }

        private static String size(long bytes) {
            String[] units = {"B", "KB", "MB", "GB", "TB"};
            double value = bytes;
            int unit = 0;
            while (value >= 1024 && unit < units.length - 1) {
                value /= 1024;
                unit++;
            }
            return unit == 0 ? bytes + " B" : String.format("%.1f %s", value, units[unit]);
        }
    }
}
