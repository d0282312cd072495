package org.omicsbatch.ui.forms;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * A two-column form: label on the left; on the right the field, a help icon whose tooltip is the
 * service's documentation of the field, and below the field a message line for validation.
 */
public final class FormGrid extends GridPane {
    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        ColumnConstraints help = new ColumnConstraints();
        help.setMinWidth(24);
        getColumnConstraints().addAll(labels, fields, help);
    }

    /** Adds a field row; {@code help} may be empty. Returns the message label under the field. */
    public Label add(String labelText, Node field, String help) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        VBox cell = new VBox(2, field, message);
        GridPane.setValignment(label, VPos.TOP);
        add(label, 0, row);
        add(cell, 1, row);
        if (help != null && !help.isBlank()) {
            add(helpIcon(help), 2, row);
            if (field instanceof javafx.scene.control.Control control && control.getTooltip() == null) {
                control.setTooltip(tooltip(help));
            }
        }
        row++;
        return message;
    }

    /** A full-width line (a heading or an explanation) between rows. */
    public void addSpanning(Node node) {
        GridPane.setHalignment(node, HPos.LEFT);
        add(node, 0, row, 3, 1);
        row++;
    }

    public static Label helpIcon(String help) {
        Label icon = new Label(null, new FontIcon(Material2OutlinedAL.HELP_OUTLINE));
        icon.getStyleClass().add("help-icon");
        icon.setTooltip(tooltip(help));
        icon.setAccessibleHelp(help);
        return icon;
    }

    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
