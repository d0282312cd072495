package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the delimiter from the start of a file: the candidate that splits the most lines into
 * the same number (more than one) of fields, quotes respected. Counting agreement rather than
 * occurrences keeps a {@code ;} inside Illumina values ({@code U28;I10;I10;Y90}) or commas inside a
 * TSV's dictionary column from winning.
 */
final class DelimiterSniffer {
    /** In order of preference when two candidates fit equally well. */
    private static final char[] CANDIDATES = {',', '\t', ';', '|'};

    private DelimiterSniffer() {
    }

    /**
     * The delimiter, or null when no candidate splits the lines (a one-column list). When two fit
     * equally often, the one making more columns wins: a TSV whose every description holds one
     * comma splits into more columns on tabs.
     */
    static Character sniff(String prefix, boolean truncated) throws IOException {
        Character best = null;
        long bestScore = 0;
        for (char candidate : CANDIDATES) {
            long score = score(prefix, truncated, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lines agreeing on the most common width, then that width; 0 when no candidate splits lines. */
    private static long score(String prefix, boolean truncated, char delimiter) throws IOException {
        List<Integer> widths = new ArrayList<>();
        try (RecordReader reader = new RecordReader(new StringReader(prefix), delimiter)) {
            for (RecordReader.SheetRecord r = reader.next(); r != null; r = reader.next()) {
                if (!r.isBlank() && !r.comment()) {
                    widths.add(r.cells().size());
                }
            }
        }
        if (truncated && !widths.isEmpty()) {
            widths.remove(widths.size() - 1); // cut mid-record
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int mode = 0;
        int modeCount = 0;
        for (int w : widths) {
            int n = counts.merge(w, 1, Integer::sum);
            if (n > modeCount || (n == modeCount && w > mode)) {
                mode = w;
                modeCount = n;
            }
        }
        return mode > 1 ? (long) modeCount * 10_000 + Math.min(mode, 9_999) : 0;
    }
}
