package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right reader for a file: workbooks by their ZIP signature, everything else as text. */
final class SheetTables {
    private SheetTables() {
    }

    static SheetTable open(Path file, ReadOptions options, ProblemLog log) throws IOException, SheetFormatException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XlsxTable.open(file, options, log);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new SheetFormatException(0, "this is an old Excel .xls workbook; save it as .xlsx or CSV and import that");
        }
        return DelimitedTable.open(file, options, log);
    }
}
