package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC-4180 CSV: a value is quoted only when it holds the delimiter, a quote or a line break. */
final class CsvText {
    private CsvText() {
    }

    static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write('\n');
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
