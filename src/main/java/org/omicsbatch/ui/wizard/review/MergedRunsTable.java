package org.omicsbatch.ui.wizard.review;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.omicsbatch.plan.Provenance;
import org.omicsbatch.ui.components.runs.RowIndexList;
import org.omicsbatch.ui.components.runs.RunTableView;

/**
 * The merged settings of every run, virtualized like the runs table: items are run indexes, a cell
 * merges its run on demand. A value the run sets itself is coloured; one inherited from the defaults
 * is muted; the tooltip says which.
 */
final class MergedRunsTable {
    static final String FROM_RUN = "provenance-run";
    static final String FROM_DEFAULT = "provenance-default";

    private final ReviewViewModel model;
    private final TableView<Integer> table = new TableView<>();
    private final RowIndexList rows = new RowIndexList();

    MergedRunsTable(ReviewViewModel model) {
        this.model = model;
        table.setId("review-runs");
        table.getStyleClass().add("review-table");
        table.setItems(rows);
        table.setFixedCellSize(RunTableView.ROW_HEIGHT);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new javafx.scene.control.Label("No runs to review yet"));
        model.analysisProperty().addListener((o, old, analysis) -> show(analysis));
    }

    TableView<Integer> table() {
        return table;
    }

    private void show(ReviewAnalysis analysis) {
        List<TableColumn<Integer, ?>> columns = new ArrayList<>();
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue() + 1)));
        number.setPrefWidth(56);
        columns.add(number);
        TableColumn<Integer, String> id = new TableColumn<>("runSettingId");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.run(c.getValue()).runSettingId()));
        id.setPrefWidth(170);
        columns.add(id);
        List<String> keys = new ArrayList<>(ReviewColumns.RUN_MEMBERS);
        analysis.parameterNames().forEach(p -> keys.add("param:" + p));
        analysis.tagNames().forEach(t -> keys.add("tag:" + t));
        keys.forEach(key -> columns.add(column(key)));
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);
        rows.setAll(analysis.draft().runs().size());
    }

    private TableColumn<Integer, String> column(String key) {
        TableColumn<Integer, String> column = new TableColumn<>(key);
        column.setPrefWidth(150);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(ReviewColumns.value(model.run(c.getValue()), key)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(FROM_RUN, FROM_DEFAULT);
                setTooltip(null);
                setText(empty ? null : item);
                if (empty || getIndex() < 0 || getIndex() >= rows.size()) {
                    return;
                }
                Provenance from = ReviewColumns.provenance(model.run(rows.modelRow(getIndex())), key);
                if (from == Provenance.RUN) {
                    getStyleClass().add(FROM_RUN);
                    setTooltip(new Tooltip("Set for this run (Runs step)"));
                } else if (from == Provenance.DEFAULT) {
                    getStyleClass().add(FROM_DEFAULT);
                    setTooltip(new Tooltip("From the run defaults"));
                }
            }
        });
        return column;
    }
}
