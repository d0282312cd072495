package org.omicsbatch.ui.components.runs;

import java.util.Arrays;

/** Row insertion and removal in the column arrays of a {@link RunTableModel} holding {@code rowCount} rows. */
final class ColumnArrays {
    private ColumnArrays() {
    }

    static String[] merge(String[] old, boolean ownsOld, int rowCount, int[] positions,
            java.util.function.IntFunction<String> inserted, int capacity) {
        // Rows added at the end of an array this model owns go in place; otherwise into a new array.
        String[] result = ownsOld && capacity == old.length && positions.length > 0 && positions[0] >= rowCount
                ? old : new String[capacity];
        int from = 0;
        int to = 0;
        for (int i = 0; i < positions.length; i++) {
            int gap = positions[i] - to;
            if (result != old) {
                System.arraycopy(old, from, result, to, gap);
            }
            from += gap;
            to += gap;
            result[to++] = RunTableModel.normalize(inserted.apply(i));
        }
        if (result != old) {
            System.arraycopy(old, from, result, to, rowCount - from);
        }
        return result;
    }

    static void compact(String[] array, int rowCount, int[] removed) {
        if (removed.length == 0) {
            return;
        }
        int to = removed[0];
        int next = 0;
        for (int from = removed[0]; from < rowCount; from++) {
            if (next < removed.length && removed[next] == from) {
                next++;
                continue;
            }
            array[to++] = array[from];
        }
        Arrays.fill(array, to, rowCount, null);
    }
}
