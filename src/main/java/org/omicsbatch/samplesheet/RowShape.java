package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.List;

/** Fits a record to the header's width, saying so whenever that changes what the row holds. */
final class RowShape {
    private RowShape() {
    }

    static List<String> fit(List<String> cells, List<String> header, int line, ProblemLog log) {
        int width = header.size();
        int used = cells.size();
        while (used > width && cells.get(used - 1).isEmpty()) {
            used--; // padding commas, as Illumina and spreadsheet exports write them
        }
        if (used > width) {
            log.error(line, null, "row has " + used + " values but the header has " + width
                    + " columns; the values after column " + width + " (\"" + cells.get(width)
                    + "\"…) belong to no column: quote values that contain the delimiter");
        } else if (used < width) {
            log.warning(line, header.get(used), "row has " + used + " of " + width
                    + " values; the missing ones are read as empty");
        }
        if (cells.size() == width) {
            return cells; // the usual row: the reader's own list, not a copy
        }
        List<String> fitted = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            fitted.add(i < cells.size() ? cells.get(i) : "");
        }
        return fitted;
    }
}
