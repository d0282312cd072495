package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.ui.testing.Pulses;
import org.omicsbatch.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The runs table control on a stage: what the cells render, keys, filter. */
class RunTableViewFxTest {
    private final FxRobot robot = new FxRobot();
    private RunTableEditor editor;
    private RunTableView view;

    @BeforeEach
    void showAnEmptyTable() throws Exception {
        FxToolkit.registerPrimaryStage();
        Screenshots.theme(robot, false);
        view = TableOnScreen.show(robot, () -> {
            editor = new RunTableEditor(new RunTableModel());
            editor.addColumn(RunColumn.parameter("strandedness", RunColumn.ValueType.TEXT));
            RunTableView made = new RunTableView(editor);
            made.setDefaults(c -> switch (c.key()) {
                case "priority" -> "10";
                case "param:strandedness" -> "auto";
                default -> null;
            });
            return made;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void pastedBlockGrowsTheTableAndCellsShowOverridesAndInheritedValues() {
        robot.interact(() -> view.actions().paste("WT_REP1\t\t\t\t\treverse\nWT_REP2\t\t\t\t20\tauto\n"));
        Pulses.await(Pulses.SETTLE);
        assertThat(view.table().getItems()).hasSize(2);
        assertThat(texts(RunCell.OVERRIDDEN)).containsExactlyInAnyOrder("reverse", "20");
        assertThat(texts(RunCell.INHERITED)).as("an empty cell shows the default, muted").containsExactly("10");
    }

    @Test
    void ctrlDFillsDownAndCtrlZTakesItBack() {
        robot.interact(() -> view.actions().paste("A\t\t\t\t5\nB\nC\n"));
        TableView<Integer> table = view.table();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int row = 0; row < 3; row++) {
                table.getSelectionModel().select(row, view.tableColumn(4));
            }
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        Pulses.await(Pulses.SETTLE);
        assertThat(editor.model().get(2, 4)).isEqualTo("5");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Pulses.await(Pulses.SETTLE);
        assertThat(editor.model().get(2, 4)).isNull();
    }

    @Test
    void filterShowsMatchingRunsAndGoToClearsAFilterThatHidesTheRow() {
        robot.interact(() -> view.actions().paste("control_REP1\ncontrol_REP2\ntreatment_REP1\n"));
        robot.interact(() -> view.setFilter("treat"));
        assertThat(view.visibleRowCount()).isEqualTo(1);
        assertThat(view.table().getItems()).containsExactly(2);
        robot.interact(() -> view.focusCell(0, "priority"));
        assertThat(view.visibleRowCount()).isEqualTo(3);
        assertThat(view.table().getFocusModel().getFocusedCell().getRow()).isZero();
    }

    @Test
    void aFilterResultThatArrivesAfterANewerFilterIsDropped() {
        List<java.util.function.Consumer<int[]>> searches = new java.util.ArrayList<>();
        robot.interact(() -> {
            view.actions().paste("WT_REP1\nKO_REP1\nWT_REP2\n");
            view.setRowSearch((table, query, found) -> searches.add(found)); // answers when told to
            view.setFilter("KO");
            view.setFilter("WT");
            searches.get(1).accept(new int[] {0, 2});
            searches.get(0).accept(new int[] {1}); // the older search ends last
            assertThat(view.visibleRowCount()).isEqualTo(2);
            assertThat(view.rows().modelRow(1)).isEqualTo(2);
        });
    }

    @Test
    void aCellWithAProblemIsMarkedAndSaysWhy() {
        robot.interact(() -> {
            view.actions().paste("S1\t\t\t\thigh");
            view.setProblems((row, key) -> row == 0 && key.equals("priority") ? "\"high\" is not a whole number" : null);
        });
        Pulses.await(Pulses.SETTLE);
        assertThat(texts(RunCell.INVALID)).containsExactly("high");
        assertThat(cells(RunCell.INVALID).get(0).getTooltip().getText()).isEqualTo("\"high\" is not a whole number");
    }

    @Test
    void aParameterHeaderOffersItsJsonMenuAndExplainsItselfWhenFirstAskedTo() {
        TableColumnHeader header = robot.lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null && "param:strandedness".equals(h.getTableColumn().getText()))
                .findFirst().orElseThrow();
        assertThat(RunTableColumn.tooltipOf(header)).as("made when the pointer first enters").isNull();
        robot.interact(() -> header.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(RunTableColumn.tooltipOf(header).getText()).contains("Workflow parameter strandedness");

        robot.interact(() -> header.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, 100, 100,
                false, null)));
        ContextMenu menu = view.tableColumn(5).getContextMenu();
        assertThat(menu).isNotNull();
        assertThat(menu.isShowing()).isTrue();
        robot.interact(() -> {
            CheckMenuItem json = (CheckMenuItem) menu.getItems().get(0);
            json.setSelected(true);
            json.fire();
            menu.hide();
        });
        assertThat(editor.model().column(5).type()).isEqualTo(RunColumn.ValueType.JSON);
        assertThat(view.tableColumn(4).getContextMenu()).as("member columns have no type menu").isNull();
    }

    @Test
    void anEditAndNewDefaultsRedrawTheCellsOnScreenWithoutMakingNewOnes() {
        robot.interact(() -> view.actions().paste("S1\t\t\t\t\treverse\nS2\n"));
        Pulses.await(Pulses.SETTLE);
        Set<RunCell> before = Set.copyOf(robot.lookup(".run-cell").queryAllAs(RunCell.class));
        robot.interact(() -> editor.setCell(1, 5, "forward"));
        Pulses.await(Pulses.SETTLE);
        assertThat(texts(RunCell.OVERRIDDEN)).containsExactlyInAnyOrder("reverse", "forward");
        robot.interact(() -> view.setDefaults(c -> c.key().equals("priority") ? "99" : null));
        Pulses.await(Pulses.SETTLE);
        assertThat(texts(RunCell.INHERITED)).containsExactly("99");
        assertThat(cells(RunCell.INHERITED).get(0).getTooltip().getText()).isEqualTo("From the run defaults: 99");
        assertThat(robot.lookup(".run-cell").queryAllAs(RunCell.class)).as("the same cells, redrawn").isEqualTo(before);
    }

    @Test
    void aWideTableMakesCellsOnlyForTheColumnsInViewAndShowsFarColumnsWhenScrolledTo() {
        robot.interact(() -> {
            for (int c = 0; c < 30; c++) {
                editor.addColumn(RunColumn.parameter("extra_" + c, RunColumn.ValueType.TEXT));
            }
            StringBuilder rows = new StringBuilder();
            for (int r = 0; r < 5; r++) {
                rows.append("S").append(r).append("\t".repeat(editor.model().columnCount() - 1)).append("far-").append(r).append('\n');
            }
            view.actions().paste(rows.toString());
        });
        Pulses.await(Pulses.SETTLE);
        int columns = editor.model().columnCount() + 1; // and the row number
        int rowsShown = robot.lookup(".table-row-cell").queryAll().size();
        assertThat(robot.lookup(".run-cell").queryAll().size())
                .as("a 900 px table shows a few of its %d columns; the rows hold cells for those only", columns)
                .isLessThan(rowsShown * columns / 3);
        assertThat(cellTexts()).doesNotContain("far-0");

        robot.interact(() -> view.focusCell(0, editor.model().column(editor.model().columnCount() - 1).key()));
        Pulses.await(Pulses.SETTLE);
        assertThat(cellTexts()).as("the last column scrolled into view, its cells made with their values")
                .contains("far-0", "far-4");
    }

    private Set<String> cellTexts() {
        return robot.lookup(".run-cell").queryAllAs(RunCell.class).stream().map(RunCell::getText)
                .filter(t -> t != null).collect(Collectors.toSet());
    }

    private Set<String> texts(PseudoClass look) {
        return cells(look).stream().filter(cell -> cell.getText() != null).map(RunCell::getText).collect(Collectors.toSet());
    }

    private List<RunCell> cells(PseudoClass look) {
        return robot.lookup(".run-cell").queryAllAs(RunCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getPseudoClassStates().contains(look)).toList();
    }
}
