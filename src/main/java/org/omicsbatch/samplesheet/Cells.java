package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omicsbatch.plan.StringRule;

/**
 * A record's values, as a list like any other, that also knows which values hold printable ASCII
 * (U+0020–U+007E) only. {@link Utf8RecordReader} notes it while it splits the bytes, on its own
 * thread, so that the import's thread can skip scanning those values for control characters
 * ({@link StringRule#firstNonPrintable} allows every one of these characters). A list made any other
 * way knows nothing, and every value is scanned as before.
 */
final class Cells extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    /** One bit per value: set when the value holds a character outside printable ASCII. */
    private long[] other = new long[1];

    Cells(int capacity) {
        super(capacity);
    }

    void notPrintable(int index) {
        int word = index >>> 6;
        if (word >= other.length) {
            other = Arrays.copyOf(other, word + 1);
        }
        other[word] |= 1L << index;
    }

    /** True only for a value of a record's own list that was read as printable ASCII throughout. */
    static boolean printableAscii(List<String> cells, int index) {
        if (!(cells instanceof Cells c) || index >= c.size()) {
            return false;
        }
        int word = index >>> 6;
        return word >= c.other.length || (c.other[word] & (1L << index)) == 0;
    }
}
