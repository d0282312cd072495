package org.omicsbatch.ui.wizard.runs;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.omicsbatch.samplesheet.SheetPreview;
import org.omicsbatch.samplesheet.SheetRow;

/**
 * The import dialog: the sheet's first rows, a target per column (editable, with the reason it was
 * suggested), the group-by column, the problems, and "Import N runs". Binds a {@link SheetImportViewModel}.
 */
public final class SheetImportDialog {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final SheetImportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TableView<SheetRow> preview = new TableView<>();
    private final PauseTransition reimportSoon = new PauseTransition(Duration.millis(300));

    public SheetImportDialog(SheetImportViewModel model, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Import " + model.file().getFileName());
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefSize(1000, 740);
        dialog.getDialogPane().setMinSize(860, 640);
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("sheet-import");
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.setId("sheet-import-accept");
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        // The bar sizes its buttons once; "Import 6 runs" must not end as "Impor…".
        ButtonBar.setButtonUniformSize(importButton, false);
        importButton.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() == null ? "Import"
                : "Import " + model.resultProperty().get().runs().size() + " runs", model.resultProperty()));
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canAccept(),
                model.busyProperty(), model.resultProperty()));
        reimportSoon.setOnFinished(e -> model.reimport());
        model.previewProperty().addListener((o, old, value) -> showPreview(value));
        model.groupByProperty().addListener((o, old, value) -> reimportSoon.playFromStart());
        model.runSheets().modeProperty().addListener((o, old, value) -> reimportSoon.playFromStart());
        model.runSheets().parameterProperty().addListener((o, old, value) -> reimportSoon.playFromStart());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the dialog without waiting; {@code onImport} runs when the user chose to import. */
    public void open(Runnable onImport) {
        dialog.setOnHidden(e -> {
            model.close();
            if (IMPORT.equals(dialog.getResult())) {
                onImport.run();
            }
        });
        dialog.show();
        model.load();
    }

    private VBox content() {
        Label layout = new Label();
        layout.setWrapText(true);
        layout.textProperty().bind(Bindings.createStringBinding(() -> describe(model.previewProperty().get()),
                model.previewProperty()));
        preview.setPrefHeight(140);
        preview.setFixedCellSize(26);
        ComboBox<String> groupBy = new ComboBox<>(model.groupChoices());
        groupBy.setId("sheet-import-group-by");
        groupBy.valueProperty().bindBidirectional(model.groupByProperty());
        Label groupHint = new Label();
        groupHint.textProperty().bind(Bindings.when(model.runSheets().modeProperty().isEqualTo(RunSheetChoice.Mode.OWN_SHEET))
                .then("rows with the same value become one run and go into its sheet")
                .otherwise("rows with the same value become one run; their values become lists"));
        groupHint.getStyleClass().add("text-muted");
        Label groupLabel = new Label("Group rows by");
        groupLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox grouping = new HBox(8, groupLabel, groupBy, groupHint);
        grouping.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Button cancel = new Button("Stop reading");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Label summary = new Label();
        summary.setId("sheet-import-summary");
        summary.textProperty().bind(Bindings.when(model.busyProperty()).then(model.progressTextProperty())
                .otherwise(model.summaryProperty()));
        HBox status = new HBox(10, progress, cancel, summary);
        VBox box = new VBox(8, layout, preview, heading("Where each column goes"), mappingTable(), grouping,
                new RunSheetChoiceBox(model).node(), new ImportResultsTabs(model).node(), status);
        box.setPadding(new Insets(10));
        return box;
    }

    private TableView<MappingRow> mappingTable() {
        TableView<MappingRow> table = new TableView<>(model.mapping());
        table.setId("sheet-import-mapping");
        table.setEditable(true);
        table.setPrefHeight(150);
        TableColumn<MappingRow, String> column = new TableColumn<>("Sheet column");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        column.setPrefWidth(140);
        TableColumn<MappingRow, String> target = new TableColumn<>("Goes to");
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(ComboBoxTableCell.forTableColumn(model.targetChoices()));
        target.setOnEditCommit(e -> {
            e.getRowValue().targetProperty().set(e.getNewValue());
            reimportSoon.playFromStart();
        });
        target.setPrefWidth(190);
        TableColumn<MappingRow, String> example = new TableColumn<>("First value");
        example.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().example()));
        example.setPrefWidth(200);
        TableColumn<MappingRow, String> reason = new TableColumn<>("Why");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(380);
        table.getColumns().setAll(List.of(column, target, example, reason));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private void showPreview(SheetPreview value) {
        preview.getColumns().clear();
        if (value == null) {
            return;
        }
        TableColumn<SheetRow, String> line = new TableColumn<>("line");
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().line())));
        preview.getColumns().add(line);
        for (int i = 0; i < value.header().size(); i++) {
            int index = i;
            TableColumn<SheetRow, String> column = new TableColumn<>(value.header().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            column.setPrefWidth(150);
            preview.getColumns().add(column);
        }
        preview.getItems().setAll(value.rows());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static String describe(SheetPreview value) {
        if (value == null) {
            return "Reading the sheet…";
        }
        if (value.layout() == null) {
            return value.file() + ": could not be read (see the problems below)";
        }
        var layout = value.layout();
        StringBuilder s = new StringBuilder(value.file()).append(": ").append(layout.format());
        if (layout.delimiter() != null) {
            s.append(", ").append(layout.delimiterLabel()).append("-separated");
        }
        if (layout.encoding() != null) {
            s.append(", ").append(layout.encoding());
        }
        if (layout.section() != null) {
            s.append(", section ").append(layout.section());
        }
        return s.append(". The first ").append(value.rows().size()).append(" rows:").toString();
    }
}
