package org.omicsbatch.ui.forms;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** Small helpers shared by the form steps: choice boxes with a "service default" entry, message styling. */
public final class Fields {
    private Fields() {
    }

    /**
     * A choice of service enum values plus "{@code defaultLabel}" for "not set" (null in the model). A
     * value outside {@code values} (a draft from a newer service) is listed too, so it stays visible.
     */
    public static ComboBox<String> choice(ObjectProperty<String> model, List<String> values, String defaultLabel) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(values);
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? defaultLabel : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Runnable show = () -> {
            String value = model.get() == null ? "" : model.get();
            if (!box.getItems().contains(value)) {
                box.getItems().add(value);
            }
            box.setValue(value);
        };
        show.run();
        model.addListener((obs, old, now) -> show.run());
        box.valueProperty().addListener((obs, old, now) -> {
            String value = now == null || now.isEmpty() ? null : now;
            if (!java.util.Objects.equals(model.get(), value)) {
                model.set(value);
            }
        });
        return box;
    }

    /**
     * Shows {@code message} under a field: the text in the message label, and the field outlined red for
     * an error or amber for a warning.
     */
    public static void bindMessage(Control field, Label messageLabel, ObservableStringValue message,
            ObservableBooleanValue warning) {
        messageLabel.textProperty().bind(message);
        Runnable style = () -> {
            boolean has = message.get() != null && !message.get().isEmpty();
            boolean isWarning = warning != null && warning.get();
            field.pseudoClassStateChanged(Styles.STATE_DANGER, has && !isWarning);
            field.pseudoClassStateChanged(Styles.STATE_WARNING, has && isWarning);
            messageLabel.getStyleClass().remove("warning");
            if (has && isWarning) {
                messageLabel.getStyleClass().add("warning");
            }
        };
        message.addListener((obs, old, now) -> style.run());
        if (warning != null) {
            warning.addListener((obs, old, now) -> style.run());
        }
        style.run();
    }
}
