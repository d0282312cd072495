package org.omicsbatch.ui.wizard.runs;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Each run gets: (•) its rows as values ( ) its own sample sheet, passed as parameter [input ▾]",
 * with where the sheets will be written. Binds the view model's {@link RunSheetChoice}.
 */
final class RunSheetChoiceBox {
    private final VBox node;

    RunSheetChoiceBox(SheetImportViewModel model) {
        RunSheetChoice choice = model.runSheets();
        ToggleGroup group = new ToggleGroup();
        RadioButton values = new RadioButton("its rows as values");
        values.setId("sheet-import-rows-as-values");
        values.setToggleGroup(group);
        RadioButton ownSheet = new RadioButton("its own sample sheet, passed as parameter");
        ownSheet.setId("sheet-import-own-sheet");
        ownSheet.setToggleGroup(group);
        ownSheet.setTooltip(new Tooltip("For workflows whose input is a sample sheet (nf-core's input): each run gets"
                + " a sheet with the original header and only its own rows."));
        Runnable show = () -> group.selectToggle(choice.modeProperty().get() == RunSheetChoice.Mode.OWN_SHEET ? ownSheet : values);
        show.run();
        choice.modeProperty().addListener((o, old, value) -> show.run());
        group.selectedToggleProperty().addListener((o, old, value) -> {
            if (value == ownSheet && choice.modeProperty().get() != RunSheetChoice.Mode.OWN_SHEET) {
                model.chooseOwnSheets();
            } else if (value == values) {
                choice.modeProperty().set(RunSheetChoice.Mode.VALUES);
            }
        });
        ComboBox<String> parameter = new ComboBox<>(choice.parameterChoices());
        parameter.setId("sheet-import-sheet-parameter");
        parameter.setEditable(true);
        parameter.setPromptText("parameter");
        parameter.setPrefWidth(170);
        parameter.valueProperty().bindBidirectional(choice.parameterProperty());
        parameter.disableProperty().bind(ownSheet.selectedProperty().not());
        HBox row = new HBox(10, new Label("Each run gets"), values, ownSheet, parameter);
        row.setAlignment(Pos.CENTER_LEFT);
        Label where = new Label();
        where.setId("sheet-import-sheets-folder");
        where.getStyleClass().add("text-muted");
        where.setWrapText(true);
        where.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        where.textProperty().bind(Bindings.createStringBinding(() -> "Each run's sheet (the header and that run's rows) is written on import to "
                + shortened(choice.destination()) + " and uploaded when you submit.",
                choice.modeProperty()));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> choice.destination().toString(), choice.modeProperty()));
        where.setTooltip(whole);
        where.visibleProperty().bind(ownSheet.selectedProperty());
        where.managedProperty().bind(ownSheet.selectedProperty());
        node = new VBox(4, row, where);
    }

    Node node() {
        return node;
    }

    /**
     * The folder and its parent ({@code …/drafts/sheet-runs}): a whole path is mostly the user's home and
     * wraps over lines; the tooltip has it whole.
     */
    static String shortened(Path folder) {
        Path parent = folder.getParent();
        return parent == null || parent.getFileName() == null ? folder.toString()
                : "\u2026" + File.separator + parent.getFileName() + File.separator + folder.getFileName();
    }
}
