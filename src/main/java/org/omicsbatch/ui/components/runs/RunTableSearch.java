package org.omicsbatch.ui.components.runs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.omicsbatch.task.Progress;

/** Find and filter over a runs table: case-insensitive "contains" on every visible cell. */
public final class RunTableSearch {
    private RunTableSearch() {
    }

    /** The rows (ascending) with a cell containing {@code query}; every row when the query is blank. */
    public static int[] matchingRows(RunTableModel model, String query) {
        return matchingRows(model, query, Progress.NONE);
    }

    /** As {@link #matchingRows(RunTableModel, String)}; stops (throws {@link Progress.Cancelled}) when cancelled. */
    public static int[] matchingRows(RunTableModel model, String query, Progress progress) {
        int n = model.rowCount();
        if (query == null || query.isBlank()) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        int[] rows = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if ((r & 0xFFF) == 0) {
                progress.checkCancelled();
            }
            if (rowMatches(model, r, needle)) {
                rows[count++] = r;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /**
     * The next cell after ({@code position}, {@code column}) in reading order whose text contains the
     * query, over the rows in {@code order}; wraps around. Returns {position, column}.
     */
    public static Optional<int[]> next(RunTableModel model, int[] order, String query, int position, int column) {
        if (query == null || query.isBlank() || order.length == 0) {
            return Optional.empty();
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        int columns = model.columnCount();
        long cells = (long) order.length * columns;
        long start = Math.max(0, (long) position * columns + column);
        for (long i = 1; i <= cells; i++) {
            long at = (start + i) % cells;
            int p = (int) (at / columns);
            int c = (int) (at % columns);
            if (contains(model.get(order[p], c), needle)) {
                return Optional.of(new int[] {p, c});
            }
        }
        return Optional.empty();
    }

    private static boolean rowMatches(RunTableModel model, int row, String needle) {
        for (int c = 0; c < model.columnCount(); c++) {
            if (contains(model.get(row, c), needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
