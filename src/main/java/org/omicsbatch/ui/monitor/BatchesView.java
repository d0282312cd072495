package org.omicsbatch.ui.monitor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.ui.history.HistoryView;

/** The history and one tab per followed batch. Closing a tab stops following; the history reopens it. */
public final class BatchesView extends TabPane {
    private final BatchesViewModel vm;
    private final Tab historyTab;
    private final Map<MonitorViewModel, Tab> tabs = new HashMap<>();
    private Consumer<BatchDraft> openDraft = d -> { };
    private Consumer<java.nio.file.Path> submitRest = f -> { };

    public BatchesView(BatchesViewModel vm) {
        this.vm = vm;
        setId("batchesView");
        HistoryView history = new HistoryView(vm.history());
        history.setOnOpen(entry -> vm.open(entry.batchId()));
        historyTab = new Tab("History", history);
        historyTab.setGraphic(new FontIcon(Material2AL.HISTORY));
        historyTab.setClosable(false);
        historyTab.setId("historyTab");
        getTabs().add(historyTab);
        vm.monitors().forEach(this::addTab);
        vm.monitors().addListener((ListChangeListener<MonitorViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        vm.selectedProperty().addListener((o, a, now) -> getSelectionModel().select(now == null ? historyTab
                : tabs.getOrDefault(now, historyTab)));
        historyTab.setOnSelectionChanged(e -> {
            if (historyTab.isSelected()) {
                vm.history().refresh();
            }
        });
    }

    /** Where the monitors' "Resubmit failed runs" and "Submit the rest" send their drafts (the wizard). */
    public void setOnOpenDraft(Consumer<BatchDraft> openDraft) {
        this.openDraft = openDraft;
    }

    /** Where "Submit the rest" sends a pilot's draft file (the submit step with the runs not sent yet). */
    public void setOnSubmitRest(Consumer<java.nio.file.Path> submitRest) {
        this.submitRest = submitRest;
    }

    private void addTab(MonitorViewModel monitor) {
        MonitorView view = new MonitorView(monitor);
        view.setOnOpenDraft(d -> openDraft.accept(d));
        view.setOnSubmitRest(f -> submitRest.accept(f));
        Tab tab = new Tab(monitor.batchId(), view);
        tab.setId("monitor-" + monitor.batchId());
        tab.setGraphic(new FontIcon(Material2MZ.TIMELINE));
        tab.textProperty().bind(monitor.nameProperty().map(n -> n.isEmpty() ? monitor.batchId() : n));
        tab.setOnClosed(e -> {
            view.close();
            vm.close(monitor);
        });
        tabs.put(monitor, tab);
        getTabs().add(tab);
    }

    private void removeTab(MonitorViewModel monitor) {
        Tab tab = tabs.remove(monitor);
        if (tab != null) {
            ((MonitorView) tab.getContent()).close();
            getTabs().remove(tab);
        }
    }
}
