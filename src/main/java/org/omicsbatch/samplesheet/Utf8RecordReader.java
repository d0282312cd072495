package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link RecordReader}'s records, read straight from UTF-8 bytes: the delimiter, quotes and line ends
 * are ASCII and no byte of a multi-byte UTF-8 sequence is, so the file is split into values without
 * decoding it first, and each value is decoded once, as it becomes its string. Decoding the whole
 * file to characters before parsing them was the largest single cost of a big import.
 *
 * <p>Same records as {@code RecordReader} over the decoded text (test {@code Utf8RecordReaderTest}
 * compares them on every input it makes), and the same decoding: a value whose text holds U+FFFD
 * (what a bad byte decodes to) is decoded again the way the streaming decoder does it — strictly,
 * which throws the {@link java.nio.charset.CharacterCodingException} that sends the import back to
 * Windows-1252, or replacing, with the byte that ended the value after it (a bad sequence never runs
 * past an ASCII byte, so the value's bytes decode as they do inside the whole file).
 */
final class Utf8RecordReader implements Records {
    static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte delimiter;
    private final boolean strict;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private int line = 1;
    private boolean eof;
    private int width = 10;
    /** The current value's bytes when it is not one plain run of the buffer. */
    private byte[] cell = new byte[256];
    private int cellLength;
    /** A value made straight from the buffer, waiting for its delimiter or line end. */
    private String plain;
    /** The record being read, to note which values are printable ASCII (see {@link Cells}). */
    private Cells cells;

    /**
     * @param strict a byte sequence that is not UTF-8 throws (the file was judged UTF-8 from its start
     *               only), else it becomes U+FFFD as the JDK's decoder replaces it
     */
    Utf8RecordReader(InputStream in, char delimiter, boolean strict) {
        if (delimiter >= 0x80) {
            throw new IllegalArgumentException("delimiter must be ASCII");
        }
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.strict = strict;
    }

    @Override
    public RecordReader.SheetRecord next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        int start = line;
        boolean comment = c == '#';
        Cells cells = new Cells(width);
        this.cells = cells;
        boolean quoted = false;
        boolean fieldHasText = false;
        boolean closed = false;
        int quoteLine = 0;
        int textAfterQuote = 0;
        while (true) {
            if (c < 0) {
                cells.add(take(-1));
                return new RecordReader.SheetRecord(cells, start, quoted ? quoteLine : 0, comment, textAfterQuote);
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else if (c == '\r' || c == '\n') {
                    endOfLine(c);
                    append('\n');
                } else {
                    append(c);
                    copyWhileNot((byte) '"', (byte) '"');
                }
            } else if (c == delimiter) {
                cells.add(take(c));
                fieldHasText = false;
                closed = false;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                cells.add(take(c));
                width = Math.max(width, cells.size());
                return new RecordReader.SheetRecord(cells, start, 0, comment, textAfterQuote);
            } else if (c == '"' && !fieldHasText) {
                quoted = true;
                fieldHasText = true;
                quoteLine = line;
            } else {
                if (closed && textAfterQuote == 0) {
                    textAfterQuote = line;
                }
                fieldHasText = true;
                if (cellLength > 0 || !plainValue()) {
                    append(c);
                    copyWhileNot(delimiter, (byte) '\n');
                }
            }
            c = read();
        }
    }

    /** See {@link RecordReader}: an unquoted value inside the buffer becomes its string in one step. */
    private boolean plainValue() throws IOException {
        int from = pos - 1;
        byte[] buf = buffer;
        int end = limit;
        byte d = delimiter;
        for (int p = pos; p < end; p++) {
            byte b = buf[p];
            if (b == d || b == '\n' || b == '\r') {
                plain = decode(buf, from, p - from, b);
                pos = p;
                return true;
            }
        }
        return false;
    }

    /** The value just ended (by {@code terminator}, -1 at the end of the file). */
    private String take(int terminator) throws IOException {
        if (plain != null) {
            String v = plain;
            plain = null;
            return v;
        }
        String v = cellLength == 0 ? "" : decode(cell, 0, cellLength, terminator);
        cellLength = 0;
        return v;
    }

    private String decode(byte[] b, int from, int length, int terminator) throws IOException {
        if (!printableAscii(b, from, length)) {
            cells.notPrintable(cells.size()); // the value being made is the next one added
        }
        String s = new String(b, from, length, StandardCharsets.UTF_8);
        // Latin-1 strings answer at once; only text with non-Latin-1 characters is searched
        return s.indexOf('\uFFFD') < 0 ? s : carefully(b, from, length, terminator);
    }

    /** Whether the bytes are all U+0020–U+007E (a value's bytes after quotes were undone). */
    private static boolean printableAscii(byte[] b, int from, int length) {
        for (int i = from, end = from + length; i < end; i++) {
            if (((b[i] - 0x20) & 0xFF) >= 0x5F) {
                return false;
            }
        }
        return true;
    }

    /** The value's bytes decoded as the streaming decoder would decode them in place (see the class note). */
    private String carefully(byte[] b, int from, int length, int terminator) throws IOException {
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(onError)
                .onUnmappableCharacter(onError);
        byte[] bytes = Arrays.copyOfRange(b, from, from + length + (terminator >= 0 ? 1 : 0));
        if (terminator >= 0) {
            bytes[length] = (byte) terminator;
        }
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.subSequence(0, chars.length() - (terminator >= 0 ? 1 : 0)).toString();
    }

    /** Copies the bytes up to (not including) {@code a}, {@code b} or a line end into the value. */
    private void copyWhileNot(byte a, byte b) {
        int start = pos;
        int p = pos;
        byte[] buf = buffer;
        int end = limit;
        while (p < end) {
            byte ch = buf[p];
            if (ch == a || ch == b || ch == '\n' || ch == '\r') {
                break;
            }
            p++;
        }
        int n = p - start;
        ensure(n);
        System.arraycopy(buf, start, cell, cellLength, n);
        cellLength += n;
        pos = p;
    }

    private void append(int b) {
        ensure(1);
        cell[cellLength++] = (byte) b;
    }

    private void ensure(int more) {
        if (cellLength + more > cell.length) {
            cell = Arrays.copyOf(cell, Math.max(cell.length * 2, cellLength + more));
        }
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
        return buffer[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos] & 0xFF;
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
