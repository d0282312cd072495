package org.omicsbatch.ui.forms;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Key/value rows with add and remove, bound to a {@link TagsModel}. */
public final class TagsEditor extends VBox {
    private final TagsModel model;
    private final VBox rows = new VBox(4);

    public TagsEditor(TagsModel model, String idPrefix) {
        super(4);
        this.model = model;
        setId(idPrefix);
        Button add = new Button("Add tag", new FontIcon(Material2AL.ADD));
        add.setId(idPrefix + "-add");
        add.getStyleClass().add("flat");
        add.setOnAction(event -> model.add());
        getChildren().addAll(rows, add);
        model.entries().addListener((ListChangeListener<TagEntry>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild(idPrefix);
                    return;
                }
            }
        });
        rebuild(idPrefix);
    }

    private void rebuild(String idPrefix) {
        rows.getChildren().clear();
        int index = 0;
        for (TagEntry entry : model.entries()) {
            TextField key = new TextField();
            key.setPromptText("key");
            key.setId(idPrefix + "-key-" + index);
            key.textProperty().bindBidirectional(entry.keyProperty());
            TextField value = new TextField();
            value.setPromptText("value");
            value.setId(idPrefix + "-value-" + index);
            value.textProperty().bindBidirectional(entry.valueProperty());
            Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new Tooltip("Remove this tag"));
            remove.setOnAction(event -> model.remove(entry));
            HBox.setHgrow(key, Priority.ALWAYS);
            HBox.setHgrow(value, Priority.ALWAYS);
            rows.getChildren().add(new HBox(6, key, value, remove));
            index++;
        }
    }
}
