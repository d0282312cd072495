package org.omicsbatch.ui.forms;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One key/value row of a tags editor. */
public final class TagEntry {
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public TagEntry(String key, String value) {
        this.key.set(key == null ? "" : key);
        this.value.set(value == null ? "" : value);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
