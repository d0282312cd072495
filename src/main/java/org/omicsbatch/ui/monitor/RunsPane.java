package org.omicsbatch.ui.monitor;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.submit.RunRow;

/** The runs table (virtualized: fixed cell size, immutable rows), its filter, search, copy and details. */
final class RunsPane extends SplitPane {
    private final TableView<RunRow> table = new TableView<>();

    RunsPane(MonitorViewModel vm) {
        ComboBox<RunFilter> filter = new ComboBox<>();
        filter.setId("runFilter");
        filter.getItems().setAll(RunFilter.choices());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefWidth(250);
        TextField search = new TextField();
        search.setId("runSearch");
        search.setPromptText("Search run setting id, run id, reason…");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button copy = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copyRuns");
        copy.setOnAction(e -> copySelected());
        Label count = new Label();
        count.setId("runCount");
        count.getStyleClass().add("muted-note");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.visibleRows().size() + " of "
                + vm.rows().size() + " runs", vm.visibleRows(), vm.rows()));
        HBox tools = new HBox(8, new FontIcon(Material2MZ.SEARCH), search, filter, copy, count);
        tools.setAlignment(Pos.CENTER_LEFT);

        table.setId("runsTable");
        table.setItems(vm.visibleRows());
        table.setFixedCellSize(26);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No runs listed yet."));
        table.getColumns().setAll(java.util.List.of(
                column("Run setting id", RunRow::runSettingId, 120, 110),
                column("Run id", RunRow::runId, 85, 85),
                column("Submission", r -> r.submissionStatus() == null ? "" : r.submissionStatus().name(), 100, 100),
                column("Run status", r -> r.runStatus() == null ? "" : r.runStatus().name(), 110, 110),
                column("Reason", RunRow::failureReason, 220, 80),
                column("Output location", RunRow::outputText, 260, 80)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.loadDetails(row));
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(6, tools, table);
        left.setPadding(new Insets(6, 8, 8, 16));

        RunDetailsPane details = new RunDetailsPane(vm);
        getItems().addAll(left, details);
        setDividerPositions(0.76);
        SplitPane.setResizableWithParent(details, false);
    }

    TableView<RunRow> table() {
        return table;
    }

    /** Copies the selected rows (or all visible ones when none is selected) as tab-separated text. */
    private void copySelected() {
        var rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                : table.getSelectionModel().getSelectedItems();
        ClipboardContent content = new ClipboardContent();
        content.putString(RunRows.tsvHeader() + "\n"
                + rows.stream().map(RunRows::toTsv).collect(Collectors.joining("\n")));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static TableColumn<RunRow, String> column(String title, Function<RunRow, String> value, double width,
            double min) {
        TableColumn<RunRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }
}
