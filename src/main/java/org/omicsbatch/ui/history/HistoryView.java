package org.omicsbatch.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The history list: filters on top, the batches below; double-click or "Open" shows one in the monitor. */
public final class HistoryView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final TableView<HistoryEntry> table = new TableView<>();
    private Consumer<HistoryEntry> onOpen = e -> { };

    public HistoryView(HistoryViewModel vm) {
        getStyleClass().add("history-view");
        getStylesheets().add(HistoryView.class.getResource("/org/omicsbatch/ui/components/components.css")
                .toExternalForm());
        Label title = new Label("Batches");
        title.getStyleClass().add("title-3");
        TextField name = new TextField();
        name.setId("historyName");
        name.setPromptText("Filter by name or id");
        name.textProperty().bindBidirectional(vm.nameFilterProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        ComboBox<String> status = new ComboBox<>();
        status.setId("historyStatus");
        status.getItems().setAll(HistoryViewModel.statusChoices());
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setId("historyRefresh");
        refresh.disableProperty().bind(vm.loadingProperty());
        refresh.setOnAction(e -> vm.refresh());
        Button open = new Button("Open", new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.setId("historyOpen");
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null || !selected().canOpen(),
                table.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> onOpen.accept(selected()));
        Label count = new Label();
        count.getStyleClass().add("muted-note");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.visible().size() + " of "
                + vm.entries().size() + " batches", vm.visible(), vm.entries()));
        HBox filters = new HBox(8, new FontIcon(Material2MZ.SEARCH), name, status, refresh, open, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox top = new VBox(8, title, filters, message);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        buildTable(vm);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        setCenter(table);
    }

    /** Where "Open" sends the chosen batch (the monitor). */
    public void setOnOpen(Consumer<HistoryEntry> onOpen) {
        this.onOpen = onOpen;
    }

    private HistoryEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void buildTable(HistoryViewModel vm) {
        table.setId("historyTable");
        table.setItems(vm.visible());
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("No batches match."));
        TableColumn<HistoryEntry, String> mark = column("", e -> e.fromThisMachine() ? "●" : "", 28);
        mark.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                HistoryEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(null);
                setGraphic(e != null && e.fromThisMachine() ? new FontIcon(Material2AL.COMPUTER) : null);
                setTooltip(e == null || !e.fromThisMachine() ? null : new Tooltip("Submitted from this machine"
                        + (e.draftFile() == null ? "" : " from draft " + e.draftFile())));
            }
        });
        table.getColumns().setAll(java.util.List.of(mark,
                column("Name", HistoryEntry::name, 220),
                column("Status", HistoryEntry::statusText, 110),
                column("Created", e -> e.createdAt() == null ? "" : WHEN.format(e.createdAt()), 130),
                column("Runs", e -> e.totalRuns() == null ? "" : e.totalRuns().toString(), 60),
                column("Batch id", HistoryEntry::batchId, 100),
                column("Draft", e -> e.draftFile() == null ? "" : e.draftFile().getFileName().toString(), 200)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<HistoryEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(HistoryEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("deleted"),
                            item != null && item.deleted());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().canOpen()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private static TableColumn<HistoryEntry, String> column(String title, Function<HistoryEntry, String> value,
            double width) {
        TableColumn<HistoryEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
