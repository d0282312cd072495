package org.omicsbatch.ui.components.runs;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Spreads the making of the runs table's cells over pulses. A new cell costs its skin and its styling,
 * about a millisecond on a slow machine before the JIT has warmed up: the 250 cells of a first import made
 * in one pulse froze the window for a third of a second. Each pulse makes cells for {@link #BUDGET_NANOS}
 * (at least {@link #MIN_CELLS}: the first cell of a session alone may take the whole budget); rows still
 * missing cells lay out again on the next pulse, so the table fills in a few frames instead of stopping
 * for one long one.
 */
final class CellBudget {
    static final long BUDGET_NANOS = 10_000_000;
    static final int MIN_CELLS = 1;

    private final long budgetNanos;
    private final int minCells;
    private final Runnable newPulse = this::newPulse;
    private final Set<TableRow<?>> waiting = new LinkedHashSet<>();
    private long pulseStart = System.nanoTime();
    private int madeThisPulse;
    private boolean held;

    CellBudget(TableView<Integer> table) {
        this(table, BUDGET_NANOS, MIN_CELLS);
    }

    /** With another budget per pulse: for tests. */
    CellBudget(TableView<Integer> table, long budgetNanos, int minCells) {
        this.budgetNanos = budgetNanos;
        this.minCells = minCells;
        table.sceneProperty().addListener((o, old, scene) -> moveTo(old, scene));
        moveTo(null, table.getScene());
    }

    /** Whether a row may make another cell in this pulse; if not, it should {@link #later} itself. */
    boolean mayMakeCell() {
        return !held && (madeThisPulse < minCells || System.nanoTime() - pulseStart < budgetNanos);
    }

    /**
     * No more cells in this pulse (call it before the pulse's layout, after this budget's own pre-layout
     * listener): for a pulse already spent on something else, such as the session's first table row.
     */
    void holdThisPulse() {
        held = true;
    }

    void madeCell() {
        madeThisPulse++;
    }

    /** A row that could not make all its cells in this pulse: it lays out again in the next. */
    void later(TableRow<?> row) {
        if (waiting.add(row) && waiting.size() == 1) {
            Platform.requestNextPulse();
        }
    }

    private void moveTo(Scene old, Scene scene) {
        if (old != null) {
            old.removePreLayoutPulseListener(newPulse);
        }
        if (scene != null) {
            scene.addPreLayoutPulseListener(newPulse);
        }
    }

    private void newPulse() {
        pulseStart = System.nanoTime();
        madeThisPulse = 0;
        held = false;
        if (!waiting.isEmpty()) {
            waiting.forEach(TableRow::requestLayout);
            waiting.clear();
        }
    }
}
