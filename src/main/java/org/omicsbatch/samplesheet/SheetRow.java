package org.omicsbatch.samplesheet;

import java.util.List;

/**
 * One data row: its cells, as many as the header has columns, and the physical line (or
 * workbook row) where it starts in the original file.
 */
public record SheetRow(int line, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
