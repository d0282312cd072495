package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The floor: the least any Java program must do to turn the sheet into JSON — Jackson's CSV reader
 * into one map per row, Jackson's JSON writer out — with no mapping, no validation, no merging.
 */
final class Floor {
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Floor() {
    }

    static long run(Path sheet, Path out) throws IOException {
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(sheet.toFile())) {
            rows = it.readAll();
        }
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            JSON.writeValue(o, rows);
        }
        return rows.size();
    }
}
