package org.omicsbatch.samplesheet;

import java.util.List;

/**
 * What the reader found out about a sheet, for the preview dialog and for messages.
 *
 * @param delimiter  null for workbooks
 * @param encoding   e.g. {@code UTF-8}, {@code UTF-16LE (BOM)}, {@code windows-1252}; null for workbooks
 * @param section    the Illumina section or workbook sheet the rows come from, else null
 * @param sections   every section (or sheet) the file has, for a chooser
 * @param headerLine the line of the header row, 0 when the sheet has none
 * @param headerless true when the first line is data (a one-column list)
 */
public record SheetLayout(SheetFormat format, Character delimiter, String encoding, String section,
        List<String> sections, int headerLine, boolean headerless) {

    /** {@code ","}, {@code "tab"} … for display. */
    public String delimiterLabel() {
        if (delimiter == null) {
            return "";
        }
        return switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> String.valueOf(delimiter);
        };
    }
}
