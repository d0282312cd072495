package org.omicsbatch.ui.wizard.runs;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One sheet column in the import dialog: where its values go (editable text such as
 * {@code param:fastq_1}, {@code tag:lane}, {@code ignore}), why that was suggested, and a sample value.
 */
public final class MappingRow {
    private final String column;
    private final StringProperty target = new SimpleStringProperty();
    private final String reason;
    private final String example;

    MappingRow(String column, String target, String reason, String example) {
        this.column = column;
        this.target.set(target);
        this.reason = reason;
        this.example = example;
    }

    public String column() {
        return column;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public String reason() {
        return reason;
    }

    public String example() {
        return example;
    }
}
