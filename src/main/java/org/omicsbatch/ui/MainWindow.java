package org.omicsbatch.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.ui.task.TaskStatusBar;
import org.omicsbatch.ui.wizard.WizardStep;
import org.omicsbatch.ui.wizard.WizardViewModel;

/**
 * The main window's layout: menu bar on top, the step sidebar on the left, the current step in the
 * middle, Back/Next and the task status bar at the bottom. Next is the default button, so Enter
 * advances whenever the step is complete.
 */
public final class MainWindow extends BorderPane {
    private final WizardViewModel wizard;
    private final ListView<WizardStep> sidebar = new ListView<>();
    private final Label stepTitle = new Label();
    private final ScrollPane content = new ScrollPane();
    private final Button back = new Button("Back", new FontIcon(Material2AL.ARROW_BACK));
    private final Button next = new Button("Next", new FontIcon(Material2AL.ARROW_FORWARD));

    public MainWindow(WizardViewModel wizard, MenuBar menu, TaskStatusBar status) {
        this.wizard = wizard;
        getStyleClass().add("main-window");
        setTop(menu);
        setLeft(buildSidebar());
        setCenter(buildCenter());
        setBottom(new VBox(buildNavigation(), status));
        wizard.currentProperty().addListener((obs, old, step) -> show(step));
        show(wizard.currentProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::enterAdvances);
    }

    /**
     * Enter goes to the next step whenever the step is complete, wherever the focus is, except where
     * Enter means something of its own: a multi-line text, a table cell being edited, an open list.
     */
    private void enterAdvances(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                || !wizard.canGoNextProperty().get()) {
            return;
        }
        for (Node node = getScene() == null ? null : getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node instanceof TextArea || node instanceof TableView<?> || node instanceof TreeTableView<?>
                    || node instanceof ComboBoxBase<?> box && box.isShowing()) {
                return;
            }
        }
        event.consume();
        wizard.next();
    }

    private Node buildSidebar() {
        sidebar.setId("step-sidebar");
        sidebar.getStyleClass().add("step-sidebar");
        sidebar.setItems(wizard.steps());
        sidebar.setPrefWidth(236);
        sidebar.setMinWidth(236);
        sidebar.setFocusTraversable(false);
        sidebar.setCellFactory(list -> new StepCell());
        sidebar.getSelectionModel().select(wizard.indexProperty().get());
        sidebar.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && now.intValue() != wizard.indexProperty().get()
                    && !wizard.goTo(now.intValue())) {
                sidebar.getSelectionModel().select(wizard.indexProperty().get());
            }
        });
        wizard.indexProperty().addListener((obs, old, now) -> {
            sidebar.getSelectionModel().select(now.intValue());
            sidebar.refresh();
        });
        // Reachability follows the steps' completeness: redraw the cells when it changes.
        for (WizardStep step : wizard.steps()) {
            step.completeProperty().addListener((obs, old, now) -> sidebar.refresh());
        }
        return sidebar;
    }

    private Node buildCenter() {
        stepTitle.getStyleClass().addAll("title-2", "step-title");
        stepTitle.setId("step-title");
        content.setFitToWidth(true);
        // Tall steps (Runs, Review) fill the window and keep their buttons in sight; forms taller than it still scroll.
        content.setFitToHeight(true);
        content.getStyleClass().add("step-content");
        VBox center = new VBox(12, stepTitle, content);
        center.setPadding(new Insets(16, 20, 8, 20));
        VBox.setVgrow(content, Priority.ALWAYS);
        return center;
    }

    private Node buildNavigation() {
        back.setId("wizard-back");
        next.setId("wizard-next");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setDefaultButton(true);
        back.setTooltip(new Tooltip("Previous step (Alt+Left)"));
        next.setTooltip(new Tooltip("Next step (Enter or Alt+Right)"));
        back.disableProperty().bind(wizard.canGoBackProperty().not());
        next.disableProperty().bind(wizard.canGoNextProperty().not());
        back.setOnAction(event -> wizard.back());
        next.setOnAction(event -> wizard.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, back, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 20, 8, 20));
        bar.getStyleClass().add("wizard-navigation");
        return bar;
    }

    private void show(WizardStep step) {
        stepTitle.setText(step.title());
        content.setContent(step.view());
    }

    /** One sidebar entry: number, icon, title; greyed while an earlier step is incomplete. */
    private final class StepCell extends ListCell<WizardStep> {
        @Override
        protected void updateItem(WizardStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
                return;
            }
            int index = getIndex();
            setText((index + 1) + "  " + step.title());
            ObservableBooleanValue complete = step.completeProperty();
            FontIcon icon = new FontIcon(complete.get() && index < wizard.indexProperty().get()
                    ? Material2AL.CHECK_CIRCLE : step.icon() != null ? step.icon() : Material2MZ.RADIO_BUTTON_UNCHECKED);
            setGraphic(icon);
            setDisable(!wizard.canGoTo(index));
            setId("step-" + (index + 1));
        }
    }
}
