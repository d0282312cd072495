package org.omicsbatch.ui.components.runs;

import java.util.ArrayList;
import java.util.List;

/**
 * The clipboard format spreadsheets exchange: cells separated by tabs, rows by newlines, a cell that
 * holds a tab, newline or quote wrapped in double quotes (quotes doubled), as Excel and LibreOffice
 * write it.
 */
public final class TabularText {
    private TabularText() {
    }

    /** Reads a pasted block; a final line break does not make an extra empty row. */
    public static String[][] parse(String text) {
        List<String[]> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row.toArray(String[]::new));
                row.clear();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(ch);
                cellStarted = true;
            }
        }
        if (cellStarted || cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row.toArray(String[]::new));
        }
        return rows.toArray(String[][]::new);
    }

    /** Writes a block for the clipboard; empty cells stay empty. */
    public static String format(String[][] block) {
        StringBuilder out = new StringBuilder();
        for (String[] row : block) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(quote(row[c]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                && !value.startsWith("\"")) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
