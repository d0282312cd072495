package org.omicsbatch.ui.components.runs;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * How far the runs table is scrolled sideways and how wide its visible part is, for the rows that keep
 * cells only for the columns in view ({@link OnScreenCellsRowSkin}). When either changes, the rows on
 * screen lay out again (a sideways scroll alone would not make them).
 *
 * <p>It also spreads the making of cells over pulses. A new cell costs its skin and its styling, about a
 * millisecond on a slow machine before the JIT has warmed up: the 250 cells of a first import made in one
 * pulse froze the window for a third of a second. Each pulse makes cells for {@link #CELL_BUDGET_NANOS}
 * (at least {@link #MIN_CELLS_PER_PULSE}); rows still missing cells lay out again on the next pulse, so the
 * table fills in a few frames instead of stopping for one long one.
 */
final class SidewaysView implements OnScreenCellsRowSkin.HorizontalView {
    private final TableView<Integer> table;
    private ScrollBar hbar;
    private VirtualFlow<?> flow;
    static final long CELL_BUDGET_NANOS = 20_000_000;
    static final int MIN_CELLS_PER_PULSE = 8;
    private final InvalidationListener relayout = o -> relayoutRows();
    private final Runnable newPulse = this::newPulse;
    private final Set<TableRow<?>> waiting = new LinkedHashSet<>();
    private long pulseStart = System.nanoTime();
    private int madeThisPulse;

    private final long budgetNanos;
    private final int minCells;

    SidewaysView(TableView<Integer> table) {
        this(table, CELL_BUDGET_NANOS, MIN_CELLS_PER_PULSE);
    }

    /** With another budget per pulse: for tests. */
    SidewaysView(TableView<Integer> table, long budgetNanos, int minCells) {
        this.table = table;
        this.budgetNanos = budgetNanos;
        this.minCells = minCells;
        table.widthProperty().addListener(relayout);
        table.skinProperty().addListener((o, old, skin) -> hbar = null);
        table.sceneProperty().addListener((o, old, scene) -> moveTo(old, scene));
        moveTo(null, table.getScene());
    }

    /** Whether a row may make another cell in this pulse; if not, {@link #later} it. */
    @Override
    public boolean mayMakeCell() {
        return madeThisPulse < minCells || System.nanoTime() - pulseStart < budgetNanos;
    }

    @Override
    public void madeCell() {
        madeThisPulse++;
    }

    /** A row that could not make all its cells in this pulse: it lays out again in the next. */
    @Override
    public void later(TableRow<?> row) {
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
        if (!waiting.isEmpty()) {
            waiting.forEach(TableRow::requestLayout);
            waiting.clear();
        }
    }

    @Override
    public double left() {
        ScrollBar bar = hbar();
        return bar == null ? 0 : bar.getValue();
    }

    @Override
    public double width() {
        hbar();
        return flow != null && flow.getWidth() > 0 ? flow.getWidth() : table.getWidth();
    }

    /** The flow's horizontal scroll bar: its value is the sideways scroll in pixels. Found once per skin. */
    private ScrollBar hbar() {
        if (hbar == null && table.getSkin() != null) {
            for (Node node : table.lookupAll(".virtual-flow")) {
                if (node instanceof VirtualFlow<?> f) {
                    flow = f;
                    for (Node child : f.getChildrenUnmodifiable()) {
                        if (child instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                            hbar = bar;
                            bar.valueProperty().addListener(relayout);
                        }
                    }
                }
            }
        }
        return hbar;
    }

    private void relayoutRows() {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getTableView() == table) {
                row.requestLayout();
            }
        }
    }
}
