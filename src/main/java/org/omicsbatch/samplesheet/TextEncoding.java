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
 * that last step is a guess. The check streams the file; it never holds it whole.
 */
final class TextEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** @param bomBytes bytes to skip before decoding; {@code warning} null when sure */
    record Detected(Charset charset, int bomBytes, String warning) {
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
        if (isValidUtf8(file)) {
            return new Detected(StandardCharsets.UTF_8, 0, null);
        }
        return new Detected(WINDOWS_1252, 0, "the file is not valid UTF-8; read as Windows-1252 (use --encoding to choose"
                + " another, e.g. --encoding ISO-8859-1)");
    }

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

    private static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                boolean end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                }
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                if (r.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
                if (end) {
                    return decodeTail(decoder, out);
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
