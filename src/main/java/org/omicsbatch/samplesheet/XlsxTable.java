package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An Excel workbook's first sheet (or the one named by {@code --section}), streamed with
 * fastexcel-reader. Cells come out as a person sees them: a number as its digits ({@code 10000000},
 * never {@code 1.0E7}), a date in its cell's own format (see {@link ExcelDates}).
 */
final class XlsxTable extends SheetTable {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final ProblemLog log;

    /** @param rows the stream's iterator, already past the header (a stream gives only one) */
    private XlsxTable(ReadableWorkbook workbook, Stream<Row> stream, Iterator<Row> rows, ProblemLog log,
            List<String> header, List<String> originalHeader, SheetLayout layout) {
        super(header, originalHeader, layout);
        this.workbook = workbook;
        this.stream = stream;
        this.rows = rows;
        this.log = log;
    }

    static XlsxTable open(Path file, ReadOptions options, ProblemLog log) throws IOException, SheetFormatException {
        ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        try {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            Sheet sheet = chooseSheet(wb, names, options.section());
            Stream<Row> stream = sheet.openStream();
            Iterator<Row> it = stream.iterator();
            Row first = null;
            List<String> cells = null;
            while (it.hasNext()) {
                Row r = it.next();
                cells = cells(r);
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    first = r;
                    break;
                }
            }
            if (first == null) {
                throw new SheetFormatException(0, "sheet \"" + sheet.getName() + "\" is empty: no header row");
            }
            List<String> clean = Headers.clean(cells, first.getRowNum(), log);
            SheetFormat format = Headers.isTerra(cells) ? SheetFormat.TERRA : SheetFormat.XLSX;
            SheetLayout layout = new SheetLayout(format, null, null, sheet.getName(), names, first.getRowNum(), false);
            return new XlsxTable(wb, stream, it, log, clean, new ArrayList<>(cells.subList(0, clean.size())), layout);
        } catch (IOException | SheetFormatException | RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    private static Sheet chooseSheet(ReadableWorkbook wb, List<String> names, String requested)
            throws SheetFormatException {
        if (requested == null || requested.isBlank()) {
            return wb.getFirstSheet();
        }
        return wb.getSheets().filter(s -> s.getName().equalsIgnoreCase(requested.strip())).findFirst()
                .orElseThrow(() -> new SheetFormatException(0, "no sheet \"" + requested + "\" in this workbook; it has "
                        + names));
    }

    @Override
    SheetRow next() {
        while (rows.hasNext()) {
            Row r = rows.next();
            List<String> cells = cells(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            return new SheetRow(r.getRowNum(), RowShape.fit(cells, header(), r.getRowNum(), log));
        }
        return null;
    }

    static List<String> cells(Row row) {
        List<String> out = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : text(c));
        }
        return out;
    }

    private static String text(Cell c) {
        String raw = c.getRawValue();
        switch (c.getType()) {
            case NUMBER:
                if (isDate(c)) {
                    return ExcelDates.format(c.asDate(), c.getDataFormatId(), c.getDataFormatString());
                }
                return plainNumber(raw);
            case BOOLEAN:
                return "1".equals(raw) ? "TRUE" : "FALSE";
            case EMPTY:
                return "";
            case STRING:
                return c.asString();
            default:
                return raw == null ? "" : raw; // formula results and #N/A-style errors as cached
        }
    }

    private static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return raw == null ? "" : raw;
        }
    }

    private static boolean isDate(Cell c) {
        String format = c.getDataFormatString();
        Integer id = c.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true; // Excel's built-in date and time formats
        }
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\\[[^]]*]|\"[^\"]*\"|\\\\.", "").toLowerCase(Locale.ROOT);
        return f.matches(".*[dmyhs].*") && !f.equals("general");
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
