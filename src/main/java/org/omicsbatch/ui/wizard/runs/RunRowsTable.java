package org.omicsbatch.ui.wizard.runs;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The import dialog's "which rows go to which run": run, sheet lines, and the run's own sheet when there is one. */
final class RunRowsTable {
    private final TableView<RunRows> table;

    RunRowsTable(SheetImportViewModel model) {
        table = new TableView<>(model.runRows());
        table.setId("sheet-import-runs");
        table.setFixedCellSize(26);
        table.setPrefHeight(150);
        table.setPlaceholder(new Label("No runs yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RunRows, String> run = new TableColumn<>("Run");
        run.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().run()));
        run.setPrefWidth(120);
        TableColumn<RunRows, String> lines = new TableColumn<>("Sheet lines");
        lines.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lines()));
        lines.setPrefWidth(90);
        TableColumn<RunRows, String> sheet = new TableColumn<>();
        sheet.textProperty().bind(Bindings.concat(model.runSheets().parameterProperty(), " (its own sheet)"));
        sheet.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet()));
        sheet.visibleProperty().bind(model.runSheets().modeProperty().isEqualTo(RunSheetChoice.Mode.OWN_SHEET));
        table.getColumns().setAll(List.of(run, lines, sheet));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    Node node() {
        return table;
    }
}
