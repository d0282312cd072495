package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC-4180 records from text, one at a time, remembering for each record the physical line
 * of the original file it starts on. CR, LF and CRLF each end a line, inside quotes too, so a
 * value spanning lines moves every later line number on as a text editor would show it.
 *
 * <p>Lenient where real files are sloppy (a quote inside an unquoted value is kept as a character)
 * and exact where data would otherwise be lost (a quote never closed is reported, with its line).
 */
final class RecordReader implements Records {

    /**
     * @param line         physical line where the record starts
     * @param unclosedQuoteLine  line of a quote that was never closed (the record ran to the end of
     *                     the file), else 0
     * @param comment      the record's first character is an unquoted {@code #}
     * @param textAfterQuoteLine line where text follows a closing quote ({@code "a"b}), else 0: the
     *                     text is kept, but it usually means a quote inside a value was not doubled
     */
    record SheetRecord(List<String> cells, int line, int unclosedQuoteLine, boolean comment, int textAfterQuoteLine) {
        boolean isBlank() {
            for (String c : cells) {
                if (!c.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Reader in;
    private final char delimiter;
    /** As large as the decoding reader's own buffer, so that reads go straight into this one. */
    static final int BUFFER_CHARS = 64 * 1024;

    private final char[] buffer = new char[BUFFER_CHARS];
    private int pos;
    private int limit;
    private int line = 1;
    private boolean eof;
    /** Cells of the widest record so far: a row's list is made that long at once. */
    private int width = 10;
    /** A value made straight from the buffer, waiting for its delimiter or line end. */
    private String plain;

    RecordReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public SheetRecord next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        int start = line;
        boolean comment = c == '#';
        List<String> cells = new ArrayList<>(width);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean fieldHasText = false;
        boolean closed = false;
        int quoteLine = 0;
        int textAfterQuote = 0;
        while (true) {
            if (c < 0) {
                cells.add(take(cell));
                return new SheetRecord(cells, start, quoted ? quoteLine : 0, comment, textAfterQuote);
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else if (c == '\r' || c == '\n') {
                    endOfLine(c);
                    cell.append('\n');
                } else {
                    cell.append((char) c);
                    copyWhileNot('"', '"', cell);
                }
            } else if (c == delimiter) {
                cells.add(take(cell));
                fieldHasText = false;
                closed = false;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                cells.add(take(cell));
                width = Math.max(width, cells.size());
                return new SheetRecord(cells, start, 0, comment, textAfterQuote);
            } else if (c == '"' && !fieldHasText) {
                quoted = true;
                fieldHasText = true;
                quoteLine = line;
            } else {
                if (closed && textAfterQuote == 0) {
                    textAfterQuote = line;
                }
                fieldHasText = true;
                if (cell.length() > 0 || !plainValue()) { // else made straight from the buffer; the next read ends it
                    cell.append((char) c);
                    copyWhileNot(delimiter, '\n', cell);
                }
            }
            c = read();
        }
    }

    /**
     * An unquoted value that starts with the character just read and ends inside the buffer becomes
     * its string in one step ({@link #take} hands it over); false, with nothing consumed, when the
     * value runs past the buffer's end.
     */
    private boolean plainValue() {
        int from = pos - 1;
        int p = pos;
        char[] buf = buffer;
        int end = limit;
        while (p < end) {
            char ch = buf[p];
            if (ch == delimiter || ch == '\n' || ch == '\r') {
                plain = new String(buf, from, p - from);
                pos = p;
                return true;
            }
            p++;
        }
        return false;
    }

    /** The value just ended: a {@link #plainValue} or the builder's text (which is then emptied). */
    private String take(StringBuilder cell) {
        if (plain != null) {
            String v = plain;
            plain = null;
            return v;
        }
        String v = cell.toString();
        cell.setLength(0);
        return v;
    }

    /**
     * Copies the characters that follow in the buffer up to (not including) {@code a}, {@code b} or a
     * line end, in one go: values are mostly plain text, and a character at a time was a fifth of an
     * import. The caller reads the stopping character as usual (refilling the buffer when it ran out).
     */
    private void copyWhileNot(char a, char b, StringBuilder cell) {
        int start = pos;
        int p = pos;
        char[] buf = buffer;
        int end = limit;
        while (p < end) {
            char ch = buf[p];
            if (ch == a || ch == b || ch == '\n' || ch == '\r') {
                break;
            }
            p++;
        }
        cell.append(buf, start, p - start);
        pos = p;
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
