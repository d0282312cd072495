package org.omicsbatch.ui.submit;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One stage as the submit step shows it: where it is, how far (0..1, or -1 when unknown), and what it says. */
public final class StageRow {

    /** Where a stage is. */
    public enum Status { WAITING, RUNNING, DONE, SKIPPED, FAILED }

    private final Stage stage;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.WAITING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty detail = new SimpleStringProperty("");

    StageRow(Stage stage) {
        this.stage = stage;
        detail.set(stage.explanation());
    }

    void reset() {
        status.set(Status.WAITING);
        progress.set(0);
        detail.set(stage.explanation());
    }

    public Stage stage() { return stage; }
    public ObjectProperty<Status> statusProperty() { return status; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty detailProperty() { return detail; }
}
