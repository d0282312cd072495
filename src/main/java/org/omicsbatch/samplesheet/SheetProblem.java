package org.omicsbatch.samplesheet;

/**
 * One thing wrong (or worth knowing) about a sample sheet, pointing at the place in the original
 * file a user would open in an editor.
 *
 * @param file     the sheet's file name as the user gave it
 * @param line     physical line of the original file (1-based; quoted newlines counted), the
 *                 spreadsheet row for workbooks, or 0 when the problem concerns the whole sheet
 * @param column   the sheet's column name, or null
 * @param message  what is wrong and, where it helps, what to do
 */
public record SheetProblem(String file, int line, String column, String message, Severity severity) {

    /** ERROR stops a submission; WARNING is shown and the import goes on. */
    public enum Severity { ERROR, WARNING }

    public static SheetProblem error(String file, int line, String column, String message) {
        return new SheetProblem(file, line, column, message, Severity.ERROR);
    }

    public static SheetProblem warning(String file, int line, String column, String message) {
        return new SheetProblem(file, line, column, message, Severity.WARNING);
    }

    /** The same problem naming the file as the user wrote its path (the command line prints that). */
    public SheetProblem withFile(String value) {
        return new SheetProblem(value, line, column, message, severity);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler style: {@code samples.csv:58: column "priority": "high" is not an integer}. */
    public String format() {
        StringBuilder s = new StringBuilder(file == null ? "<sheet>" : file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (severity == Severity.WARNING) {
            s.append("warning: ");
        }
        if (column != null) {
            s.append("column \"").append(column).append("\": ");
        }
        return s.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
