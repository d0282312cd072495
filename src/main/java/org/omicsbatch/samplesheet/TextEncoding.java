package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a text file's encoding the way spreadsheet exports need: a byte-order mark wins (UTF-8,
 * and the UTF-16 of "Unicode text" exports); otherwise UTF-8 if every byte sequence is valid
 * UTF-8, else Windows-1252 (what Excel writes for "CSV" on Western Windows), with a warning since
 * that last step is a guess.
 *
 * <p>Only the first {@link #CHECKED_PREFIX_BYTES} are checked here: decoding a whole 100,000-row
 * sheet once just to learn that it is UTF-8 cost as much as a tenth of its import (and most of a small one's). A longer file
 * that passes is {@linkplain Detected#strict() read strictly}, and a bad byte further on makes the
 * import start again as Windows-1252 ({@link #NOT_UTF8}), so the result is the same as checking
 * the whole file first.
 */
final class TextEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Bytes checked before the file is read; beyond them a decoding error says the guess was wrong. */
    static final int CHECKED_PREFIX_BYTES = 64 * 1024;

    static final String NOT_UTF8 = "the file is not valid UTF-8; read as Windows-1252 (use --encoding to choose"
            + " another, e.g. --encoding ISO-8859-1)";

    /**
     * @param bomBytes bytes to skip before decoding; {@code warning} null when sure
     * @param strict   UTF-8 was seen in the checked prefix only: decode reporting errors, never
     *                 replacing, so that a bad byte further on is noticed (as a
     *                 {@link java.nio.charset.CharacterCodingException})
     */
    record Detected(Charset charset, int bomBytes, String warning, boolean strict) {
        Detected(Charset charset, int bomBytes, String warning) {
            this(charset, bomBytes, warning, false);
        }

        String label() {
            return charset.name() + (bomBytes > 0 ? " (BOM)" : "");
        }
    }

    private TextEncoding() {
    }

    static Detected detect(Path file, Charset forced) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        Detected bom = fromBom(head, n);
        if (forced != null) {
            // An explicit encoding is obeyed, but a BOM of that same encoding is still not data.
            int skip = bom != null && bom.charset().equals(forced) ? bom.bomBytes() : 0;
            return new Detected(forced, skip, null);
        }
        if (bom != null) {
            return bom;
        }
        return switch (checkUtf8(file, CHECKED_PREFIX_BYTES)) {
            case WHOLE_FILE -> new Detected(StandardCharsets.UTF_8, 0, null);
            case PREFIX -> new Detected(StandardCharsets.UTF_8, 0, null, true);
            case INVALID -> notUtf8();
        };
    }

    /** Windows-1252, with the warning that this is a guess. */
    static Detected notUtf8() {
        return new Detected(WINDOWS_1252, 0, NOT_UTF8);
    }

    enum Utf8 { WHOLE_FILE, PREFIX, INVALID }

    private static Detected fromBom(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, null);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, null);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, null);
        }
        return null;
    }

    /** Whether the first {@code maxBytes} (a sequence cut at that point is not an error) are valid UTF-8. */
    static Utf8 checkUtf8(Path file, long maxBytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long total = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                boolean end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                    total += read;
                }
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                if (r.isError()) {
                    return Utf8.INVALID;
                }
                out.clear();
                in.compact();
                if (end) {
                    return decodeTail(decoder, out) ? Utf8.WHOLE_FILE : Utf8.INVALID;
                }
                if (total >= maxBytes) {
                    return Utf8.PREFIX;
                }
            }
        }
    }

    private static boolean decodeTail(CharsetDecoder decoder, CharBuffer out) {
        try {
            CoderResult r = decoder.flush(out);
            return !r.isError();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** For messages: a charset named by the user, or a clear error. */
    static Charset parse(String name) {
        try {
            return name == null || name.isBlank() ? null : Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding \"" + name + "\" (try UTF-8, UTF-16, windows-1252)");
        }
    }
}
