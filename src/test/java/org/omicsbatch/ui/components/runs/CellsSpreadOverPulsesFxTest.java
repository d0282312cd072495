package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A table filled at once makes its cells a few per pulse, so no pulse stops the window for long, and ends full. */
class CellsSpreadOverPulsesFxTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPastedBlockIsShownOverSeveralPulsesWithinTheBudgetAndThenWhole() throws Exception {
        RunTableEditor editor = new RunTableEditor(new RunTableModel());
        List<Integer> cellsPerPulse = new ArrayList<>();
        CountDownLatch full = new CountDownLatch(1);
        RunTableView[] view = {TableOnScreen.show(robot,
                () -> new RunTableView(editor, table -> new CellBudget(table, 0, 5)))}; // 5 cells a pulse, no more
        robot.interact(() -> {
            view[0].actions().paste("A\tx\nB\ty\nC\tz\nD\tw\n");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    int cells = view[0].table().lookupAll(".run-cell").size();
                    cellsPerPulse.add(cells);
                    if (cells > 0 && cellsPerPulse.size() > 3
                            && cells == cellsPerPulse.get(cellsPerPulse.size() - 2)) { // nothing more to make
                        stop();
                        full.countDown();
                    }
                }
            }.start();
        });
        assertThat(full.await(20, TimeUnit.SECONDS)).isTrue();
        int last = cellsPerPulse.get(cellsPerPulse.size() - 1);
        assertThat(last).as("every row on screen has a cell for each column in view")
                .isEqualTo(rowsOnScreen(view[0]) * (columnsInView(view[0]) - 1)); // less the row number's cells
        assertThat(cellsPerPulse.stream().filter(n -> n > 0 && n < last).count())
                .as("pulses that showed part of the table").isGreaterThan(1);
        for (int i = 1; i < cellsPerPulse.size(); i++) { // the row-number cells are made within the same budget
            assertThat(cellsPerPulse.get(i) - cellsPerPulse.get(i - 1)).as("cells made in pulse %d", i).isLessThanOrEqualTo(5);
        }
    }

    private static int rowsOnScreen(RunTableView view) {
        return view.table().lookupAll(".table-row-cell").size();
    }

    private static int columnsInView(RunTableView view) {
        double at = 0;
        int n = 0;
        for (var column : view.table().getVisibleLeafColumns()) {
            n += at < view.table().getWidth() ? 1 : 0;
            at += column.getWidth();
        }
        return n;
    }
}
