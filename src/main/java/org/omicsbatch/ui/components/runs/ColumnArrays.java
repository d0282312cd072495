package org.omicsbatch.ui.components.runs;

import java.util.Arrays;

/** Row insertion and removal in the column arrays of a {@link RunTableModel} holding {@code rowCount} rows. */
final class ColumnArrays {
    private ColumnArrays() {
    }

    static String[] merge(String[] old, boolean ownsOld, int rowCount, int[] positions,
            java.util.function.IntFunction<String> inserted, int capacity) {
        String[] result = inPlace(old.length, ownsOld, rowCount, positions, capacity) ? old : new String[capacity];
        spread(old, result, rowCount, positions, (i, at) -> result[at] = RunTableModel.normalize(inserted.apply(i)));
        return result;
    }

    /** Like {@link #merge} for the rows' origins ({@link ImportedRuns}): inserted rows come from no run. */
    static int[] mergeOrigin(int[] old, boolean ownsOld, int rowCount, int[] positions, int capacity) {
        int[] result = inPlace(old.length, ownsOld, rowCount, positions, capacity) ? old : new int[capacity];
        spread(old, result, rowCount, positions, (i, at) -> result[at] = 0);
        return result;
    }

    /** Rows added at the end of an array this model owns go in place; otherwise into a new array. */
    private static boolean inPlace(int oldLength, boolean ownsOld, int rowCount, int[] positions, int capacity) {
        return ownsOld && capacity == oldLength && positions.length > 0 && positions[0] >= rowCount;
    }

    /** Copies the old rows around the inserted positions (unless in place) and fills each inserted slot. */
    private static void spread(Object old, Object result, int rowCount, int[] positions, InsertedSlot fill) {
        int from = 0;
        int to = 0;
        for (int i = 0; i < positions.length; i++) {
            int gap = positions[i] - to;
            if (result != old) {
                System.arraycopy(old, from, result, to, gap);
            }
            from += gap;
            to += gap;
            fill.put(i, to++);
        }
        if (result != old) {
            System.arraycopy(old, from, result, to, rowCount - from);
        }
    }

    private interface InsertedSlot {
        void put(int inserted, int at);
    }

    /** Removes the rows (ascending indexes) by moving the later ones up; the freed tail becomes 0. */
    static void compact(int[] array, int rowCount, int[] removed) {
        if (removed.length > 0) {
            Arrays.fill(array, squeeze(array, rowCount, removed), rowCount, 0);
        }
    }

    /** Removes the rows (ascending indexes) by moving the later ones up; the freed tail becomes null. */
    static void compact(String[] array, int rowCount, int[] removed) {
        if (removed.length > 0) {
            Arrays.fill(array, squeeze(array, rowCount, removed), rowCount, null);
        }
    }

    /** Moves each span of kept rows up over the removed ones; returns the new row count. */
    private static int squeeze(Object array, int rowCount, int[] removed) {
        int to = removed[0];
        for (int k = 0; k < removed.length; k++) {
            int from = removed[k] + 1;
            int end = k + 1 < removed.length ? removed[k + 1] : rowCount;
            System.arraycopy(array, from, array, to, end - from);
            to += end - from;
        }
        return to;
    }
}
