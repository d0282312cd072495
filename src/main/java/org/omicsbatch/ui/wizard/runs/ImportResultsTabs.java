package org.omicsbatch.ui.wizard.runs;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.omicsbatch.samplesheet.SheetProblem;

/**
 * What the import would give, full width: "Runs" (which rows go to which run, and each run's own
 * sheet) and "Problems" (counted in its title, and brought to the front when there is an error).
 */
final class ImportResultsTabs {
    private final TabPane tabs = new TabPane();

    ImportResultsTabs(SheetImportViewModel model) {
        Tab runs = new Tab();
        runs.setId("sheet-import-runs-tab");
        runs.textProperty().bind(Bindings.createStringBinding(() -> runsTitle(model), model.runRows(), model.resultProperty()));
        runs.setContent(new RunOfRowsTable(model).node());
        Tab problems = new Tab();
        problems.setId("sheet-import-problems-tab");
        problems.textProperty().bind(Bindings.concat("Problems (", Bindings.size(model.problems()), ")"));
        problems.setContent(problemList(model));
        tabs.getTabs().setAll(runs, problems);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(190);
        tabs.setMinHeight(150);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        model.problems().addListener((ListChangeListener<SheetProblem>) change ->
                tabs.getSelectionModel().select(model.problems().stream().anyMatch(SheetProblem::isError) ? problems : runs));
    }

    /** The tab lists the first runs only: its title says so when there are more. */
    static String runsTitle(SheetImportViewModel model) {
        int listed = model.runRows().size();
        int all = model.resultProperty().get() == null ? listed : model.resultProperty().get().runs().size();
        return "Which rows go to which run (" + (all > listed ? "first " + listed + " of " + all : listed) + ")";
    }

    private static ListView<SheetProblem> problemList(SheetImportViewModel model) {
        ListView<SheetProblem> list = new ListView<>(model.problems());
        list.setId("sheet-import-problems");
        list.setPlaceholder(new Label("No problems found"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SheetProblem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.format());
                getStyleClass().removeAll("danger", "warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.isError() ? "danger" : "warning");
                }
            }
        });
        return list;
    }

    Node node() {
        return tabs;
    }
}
