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
final class RunOfRowsTable {
    private final TableView<RunOfRows> table;

    RunOfRowsTable(SheetImportViewModel model) {
        table = new TableView<>(model.runRows());
        table.setId("sheet-import-runs");
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label("No runs yet"));
        TableColumn<RunOfRows, String> run = new TableColumn<>("Run");
        run.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().run()));
        run.setPrefWidth(150);
        TableColumn<RunOfRows, String> lines = new TableColumn<>("Lines");
        lines.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lines()));
        lines.setPrefWidth(100);
        TableColumn<RunOfRows, String> sheet = new TableColumn<>();
        sheet.textProperty().bind(Bindings.concat(model.runSheets().parameterProperty(), " (its own sheet)"));
        sheet.setPrefWidth(560);
        sheet.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet()));
        sheet.visibleProperty().bind(model.runSheets().modeProperty().isEqualTo(RunSheetChoice.Mode.OWN_SHEET));
        table.getColumns().setAll(List.of(run, lines, sheet));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    Node node() {
        return table;
    }
}
