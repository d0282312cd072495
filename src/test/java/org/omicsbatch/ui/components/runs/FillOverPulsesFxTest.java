package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * An import into the table on screen brings its many columns a few per pulse, and its rows after them;
 * a column added by hand comes at once; whoever needs the table whole gets it whole.
 */
class FillOverPulsesFxTest {
    private static final int PARAMETERS = 30;
    private final FxRobot robot = new FxRobot();
    private RunTableEditor editor;
    private RunTableView view;

    @BeforeEach
    void tableOnScreen() throws Exception {
        editor = new RunTableEditor(new RunTableModel());
        view = TableOnScreen.show(robot, () -> new RunTableView(editor));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anImportsColumnsComeAFewPerPulseThenItsRows() throws Exception {
        // {columns, rows} the table has at each pulse
        List<int[]> perPulse = everyPulseOf(wideImport(50),
                () -> new int[] {view.table().getColumns().size(), view.table().getItems().size()}, p -> p[1] == 50);
        int all = 1 + editor.model().columnCount();
        assertThat(view.table().getColumns()).hasSize(all);
        int[] previous = {0, 0};
        for (int[] pulse : perPulse) {
            assertThat(pulse[0] - previous[0]).as("columns added in one pulse").isLessThanOrEqualTo(FillOverPulses.COLUMNS_PER_PULSE);
            assertThat(pulse[1] == 0 || pulse[0] == all).as("rows only once every column is there").isTrue();
            previous = pulse;
        }
        assertThat(perPulse.stream().filter(p -> p[1] > 0 && p[1] < 50).count()).as("a screenful of rows first").isPositive();
        assertThat(view.visibleRowCount()).isEqualTo(50);
    }

    @Test
    void theFirstRowComesAloneAndItsCellsInThePulsesAfter() throws Exception {
        // {rows, cells} on screen at each pulse
        List<int[]> perPulse = everyPulseOf(wideImport(50), this::rowsAndCellsShown,
                p -> view.table().getItems().size() == 50 && p[1] > p[0]);
        int[] first = perPulse.stream().filter(p -> p[0] > 0).findFirst().orElseThrow();
        assertThat(first).as("the first pulse with rows: one row, no cells yet").containsExactly(1, 0);
        assertThat(perPulse.get(perPulse.size() - 1)[1]).as("cells after it").isPositive();
    }

    @Test
    void aHundredColumnsComeInAFewSteps() throws Exception {
        List<Integer> columnsPerPulse = everyPulseOf(wideImport(20, 100), () -> view.table().getColumns().size(),
                c -> view.table().getItems().size() == 20);
        assertThat(columnsPerPulse.stream().distinct().count()).as("steps that added columns")
                .isLessThanOrEqualTo(FillOverPulses.MAX_COLUMN_STEPS + 1);
    }

    @Test
    void theCountOfRunsShownIsRightBeforeTheTableHasHandledAnImport() {
        RunTableEditor own = new RunTableEditor(new RunTableModel());
        List<Integer> counts = new ArrayList<>();
        RunTableView[] shown = new RunTableView[1];
        robot.interact(() -> {
            // registered before the table's own listener, as the Runs step's status line is
            own.model().addListener(change -> counts.add(shown[0].visibleRowCount()));
            shown[0] = new RunTableView(own);
            view.table().getScene().setRoot(shown[0].table());
            own.replaceAll(wideImport(20, 100), "import");
        });
        assertThat(counts).containsOnly(20);
    }

    @Test
    void aSheetOfTheSameShapeImportedAgainKeepsTheColumnsAndShowsItsRowsAtOnce() {
        robot.interact(() -> editor.replaceAll(wideImport(40), "import"));
        robot.interact(() -> view.focusCell(0, "runSettingId")); // the whole table, at once
        robot.interact(() -> {
            List<javafx.scene.control.TableColumn<Integer, ?>> before = List.copyOf(view.table().getColumns());
            editor.replaceAll(wideImport(45), "import again");
            assertThat(view.table().getColumns()).as("the same column objects, so the same headers")
                    .containsExactlyElementsOf(before);
            assertThat(view.table().getItems()).hasSize(45);
        });
    }

    @Test
    void aColumnAddedByHandComesAtOnce() {
        robot.interact(() -> editor.replaceAll(wideImport(3), "import"));
        robot.interact(() -> view.focusCell(0, "runSettingId")); // the whole table, at once
        robot.interact(() -> {
            editor.addColumn(RunColumn.tag("project"));
            assertThat(view.table().getColumns()).hasSize(1 + editor.model().columnCount());
            assertThat(view.table().getItems()).hasSize(3);
        });
    }

    @Test
    void goingToACellFinishesTheFillAtOnce() {
        robot.interact(() -> {
            editor.replaceAll(wideImport(40), "import");
            assertThat(view.table().getColumns().size()).isLessThan(1 + editor.model().columnCount());
            assertThat(view.focusCell(39, RunColumn.PARAM_PREFIX + "p29")).isTrue();
            assertThat(view.table().getColumns()).hasSize(1 + editor.model().columnCount());
            assertThat(view.table().getItems()).hasSize(40);
            assertThat(view.table().getFocusModel().getFocusedCell().getRow()).isEqualTo(39);
        });
    }

    /**
     * Imports {@code imported} and notes {@code sample} at every pulse from then on (an animation timer runs
     * at the start of each pulse, so it sees what the pulse before laid out), until {@code done}.
     */
    private <T> List<T> everyPulseOf(RunTableModel imported, java.util.function.Supplier<T> sample,
            java.util.function.Predicate<T> done) throws InterruptedException {
        List<T> seen = new ArrayList<>();
        CountDownLatch whole = new CountDownLatch(1);
        robot.interact(() -> {
            editor.replaceAll(imported, "import");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    T value = sample.get();
                    seen.add(value);
                    if (done.test(value)) {
                        stop();
                        whole.countDown();
                    }
                }
            }.start();
        });
        assertThat(whole.await(20, TimeUnit.SECONDS)).isTrue();
        return seen;
    }

    private int[] rowsAndCellsShown() {
        int[] shown = {0, 0};
        for (javafx.scene.Node node : view.table().lookupAll(".table-row-cell")) {
            if (node instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty()) {
                shown[0]++;
                shown[1] += (int) row.getChildrenUnmodifiable().stream()
                        .filter(javafx.scene.control.TableCell.class::isInstance).count();
            }
        }
        return shown;
    }

    private static RunTableModel wideImport(int runs) {
        return wideImport(runs, PARAMETERS);
    }

    private static RunTableModel wideImport(int runs, int parameters) {
        List<InlineSetting> list = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            ObjectNode p = Json.mapper().createObjectNode();
            for (int c = 0; c < parameters; c++) {
                p.put("p" + c, "value " + r + "/" + c);
            }
            list.add(InlineSetting.builder().runSettingId("S" + r).parameters(p).build());
        }
        return InlineSettingsCodec.toTable(list, List.of());
    }
}
