package org.omicsbatch.ui.components.runs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Shows a new set of columns and rows in the runs table over several pulses, one step per pulse. A first
 * import into a table of 41 columns made JavaFX build and style 41 headers (a header for every column,
 * in view or not), 25 rows and their first cells in one pulse: ~110 ms of a slow machine's FX thread,
 * most of it code running for the first time. Here the headers in view come a few per pulse, then the
 * headers out of view, then one row, four, and all (their cells follow within their own
 * {@link CellBudget}). Anything that needs the table whole calls {@link #finishNow()}.
 *
 * <p>Each step re-adds and restyles every header present (JavaFX sets the header row's children anew), so
 * a step costs about what its new headers cost plus a third of a millisecond per header present, before
 * the JIT has warmed up. Three new headers a step keep a step of a 40-column import near 15 ms of FX CPU
 * on a slow machine (five made 17–23 ms); the JIT compiling this very code takes the other CPU meanwhile.
 */
final class FillOverPulses {
    /** Headers made per pulse, at least. */
    static final int COLUMNS_PER_PULSE = 3;
    /** Steps for the headers after the first, at most. */
    static final int MAX_COLUMN_STEPS = 12;
    /** Columns taken as in view when the table has not been laid out yet (it has no width). */
    private static final int IN_VIEW_UNLAID = 8;

    private final TableView<Integer> table;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final Runnable nextStep = this::nextStep;
    private Scene listeningTo;

    FillOverPulses(TableView<Integer> table) {
        this.table = table;
    }

    /**
     * Replaces the table's columns, then shows the rows ({@code showRows}: one step per pulse, the last
     * shows them all). A few new columns (one added or retyped, the tag columns after it moved) come at
     * once, and the same columns (a sheet of the same shape imported again) change nothing. A mostly new
     * set (another sheet imported) comes over the next pulses, the first chunk now, laid out in the
     * coming pulse, while the table shows no rows: with rows on screen each change of columns has every
     * row give every cell in view its value again (~20 ms).
     */
    void fill(List<TableColumn<Integer, ?>> columns, Runnable clearRows, Runnable... showRows) {
        steps.clear();
        Scene scene = table.getScene();
        long fresh = newColumns(columns);
        if (scene == null || fresh <= COLUMNS_PER_PULSE || fresh * 2 < columns.size()) {
            if (!table.getColumns().equals(columns)) { // the same columns: the headers stay as they are
                table.getColumns().setAll(columns);
            }
            showRows[showRows.length - 1].run();
            listen(null);
            return;
        }
        int inView = Math.min(columns.size(), inView(columns));
        int first = Math.min(inView, COLUMNS_PER_PULSE);
        addInChunks(columns.subList(first, columns.size()));
        steps.addAll(List.of(showRows));
        clearRows.run();
        table.getColumns().setAll(columns.subList(0, first));
        listen(scene);
        Platform.requestNextPulse();
    }

    /** How many of the columns the table does not show yet: each new column object gets a new header. */
    private long newColumns(List<TableColumn<Integer, ?>> columns) {
        java.util.Set<TableColumn<Integer, ?>> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shown.addAll(table.getColumns());
        return columns.stream().filter(c -> !shown.contains(c)).count();
    }

    /** Takes every step left now, so that the table's columns and rows match the model's. */
    void finishNow() {
        while (!steps.isEmpty()) {
            steps.poll().run();
        }
        listen(null);
    }

    /**
     * At least {@link #COLUMNS_PER_PULSE} a step, and more when there are many: each step restyles every
     * header present, so a workflow template of 100 parameters in steps of four would keep the table
     * empty for a second and cost more in all than one long pulse.
     */
    private void addInChunks(List<TableColumn<Integer, ?>> columns) {
        int size = Math.max(COLUMNS_PER_PULSE, (columns.size() + MAX_COLUMN_STEPS - 1) / MAX_COLUMN_STEPS);
        for (int from = 0; from < columns.size(); from += size) {
            List<TableColumn<Integer, ?>> chunk = List.copyOf(columns.subList(from, Math.min(columns.size(),
                    from + size)));
            steps.add(() -> table.getColumns().addAll(chunk));
        }
    }

    private int inView(List<TableColumn<Integer, ?>> columns) {
        double width = table.getWidth();
        if (width <= 0) {
            return IN_VIEW_UNLAID;
        }
        int n = 0;
        double used = 0;
        while (n < columns.size() && used <= width) {
            used += columns.get(n++).getPrefWidth();
        }
        return n;
    }

    /** Before a pulse's layout: the next step. */
    private void nextStep() {
        if (!steps.isEmpty()) {
            steps.poll().run();
        }
        if (steps.isEmpty()) {
            listen(null);
        } else {
            Platform.requestNextPulse();
        }
    }

    private void listen(Scene scene) {
        if (listeningTo != null) {
            listeningTo.removePreLayoutPulseListener(nextStep);
        }
        listeningTo = scene;
        if (scene != null) {
            scene.addPreLayoutPulseListener(nextStep);
        }
    }
}
