package org.omicsbatch.ui.wizard.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.omicsbatch.model.Json;

/**
 * One parameter of the workflow's template in the form. The template declares no types, so a value is
 * text (stored as a JSON string) unless the user chose JSON (then the text is a JSON value: a number,
 * list, object, true/false) — the form never guesses which one the workflow wants.
 */
public final class ParameterField {
    private final String name;
    private final String description;
    private final boolean required;
    private final boolean inTemplate;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty json = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();

    public ParameterField(String name, String description, boolean required, boolean inTemplate) {
        this.name = name;
        this.description = description == null ? "" : description;
        this.required = required;
        this.inTemplate = inTemplate;
    }

    /** Shows a draft's value: a string as text, anything else as JSON. */
    void show(JsonNode value) {
        if (value == null || value.isNull()) {
            json.set(false);
            text.set("");
        } else if (value.isTextual()) {
            json.set(false);
            text.set(value.textValue());
        } else {
            json.set(true);
            text.set(value.toString());
        }
    }

    /** The value to store, or null when empty (not set here). */
    JsonNode value() throws JsonProcessingException {
        String current = text.get();
        if (current == null || current.isEmpty()) {
            return null;
        }
        return json.get() ? Json.mapper().readTree(current) : TextNode.valueOf(current);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Not marked {@code optional} in the template (absent or false means required). */
    public boolean required() {
        return required;
    }

    /** False for a value in the draft the workflow's template does not declare. */
    public boolean inTemplate() {
        return inTemplate;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty jsonProperty() {
        return json;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }
}
