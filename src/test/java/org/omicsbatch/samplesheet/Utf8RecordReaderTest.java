package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.omicsbatch.plan.StringRule;

/** The byte-level reader gives exactly the records the character reader gives over the decoded text. */
class Utf8RecordReaderTest {
    /** Pieces a sheet is made of: structure, plain text, text in other scripts, and what trips decoders. */
    private static final String[] PIECES = {",", ",", ",", "\t", ";", "\"", "\"\"", "\n", "\r\n", "\r", "#", " ",
        "sample", "s3://bucket/very/long/path/to/reads_R1.fastq.gz", "Müller", "北京", "Ωμέγα", "नमस्ते",
        "😀", "\uFFFD", "é", "a\"b", "x"};
    /** Bytes that are not UTF-8 on their own: a lone continuation, cut sequences, an invalid lead. */
    private static final byte[][] BAD = {{(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    @Test
    void givesTheSameRecordsAsTheCharacterReaderForRandomUtf8Sheets() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = sheet(random, 1 + random.nextInt(80), false);
            char delimiter = i % 5 == 0 ? '\t' : i % 7 == 0 ? ';' : ',';
            for (boolean strict : new boolean[] {true, false}) {
                List<RecordReader.SheetRecord> expected = byChars(bytes, delimiter, strict);
                for (int chunk : new int[] {1, 2, 3, 5, 64 * 1024}) {
                    assertThat(byBytes(bytes, delimiter, strict, chunk)).as("sheet %d, %d bytes per read", i, chunk)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void replacesBadBytesAsTheDecoderDoesOrRefusesThemWhenStrict() throws IOException {
        Random random = new Random(11);
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = sheet(random, 1 + random.nextInt(40), true);
            for (int chunk : new int[] {1, 4, 64 * 1024}) {
                assertThat(byBytes(bytes, ',', false, chunk)).as("sheet %d, replacing", i)
                        .isEqualTo(byChars(bytes, ',', false));
            }
            List<RecordReader.SheetRecord> strictChars = strictOrNull(() -> byChars(bytes, ',', true));
            for (int chunk : new int[] {1, 4, 64 * 1024}) {
                List<RecordReader.SheetRecord> strictBytes = strictOrNull(() -> byBytes(bytes, ',', true, chunk));
                assertThat(strictBytes).as("sheet %d, strict: both refuse, or both read the same", i).isEqualTo(strictChars);
            }
            refused += strictChars == null ? 1 : 0;
        }
        assertThat(refused).as("most sheets with a bad byte are refused when strict").isGreaterThan(2000);
    }

    @Test
    void aValueIsMarkedPrintableExactlyWhenEveryCharacterOfItIsPrintableAscii() throws IOException {
        Random random = new Random(5);
        int marked = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = sheet(random, 1 + random.nextInt(30), false);
            for (RecordReader.SheetRecord r : byBytes(bytes, i % 2 == 0 ? ',' : '\t', true, 3)) {
                for (int c = 0; c < r.cells().size() + 1; c++) {
                    String v = c < r.cells().size() ? r.cells().get(c) : null;
                    boolean printable = v != null && v.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7E);
                    assertThat(Cells.printableAscii(r.cells(), c)).as("%s value %d", r, c).isEqualTo(printable);
                    marked += printable ? 1 : 0;
                }
            }
        }
        assertThat(marked).isGreaterThan(1000);
        assertThat(Cells.printableAscii(List.of("plain"), 0)).as("a list not from the reader").isFalse();
    }

    @Test
    void noPrintableAsciiCharacterIsForbiddenSoTheirScanCanBeSkipped() {
        for (char c = 0x20; c <= 0x7E; c++) {
            assertThat(StringRule.firstNonPrintable("ab" + c + "cd")).as("U+%04X", (int) c).isEqualTo(-1);
        }
        assertThat(StringRule.firstNonPrintable("ab\u007Fc")).isEqualTo(2);
        assertThat(StringRule.firstNonPrintable("a\u001Fb")).isEqualTo(1);
    }

    @Test
    void aValueCutInsideAMultiByteCharacterByEveryReadIsWhole() throws IOException {
        byte[] bytes = "id,name\n1,\"北京 😀 Müller\"\n2,Ωμέγα 北京\n".getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk < 9; chunk++) {
            List<RecordReader.SheetRecord> records = byBytes(bytes, ',', true, chunk);
            assertThat(records.get(1).cells()).containsExactly("1", "北京 😀 Müller");
            assertThat(records.get(2).cells()).containsExactly("2", "Ωμέγα 北京");
        }
    }

    interface Read {
        List<RecordReader.SheetRecord> get() throws IOException;
    }

    private static List<RecordReader.SheetRecord> strictOrNull(Read read) throws IOException {
        try {
            return read.get();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] sheet(Random random, int pieces, boolean withBadBytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < pieces; i++) {
            if (withBadBytes && random.nextInt(12) == 0) {
                out.writeBytes(BAD[random.nextInt(BAD.length)]);
            } else {
                out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** The character reader over the text decoded as {@code DelimitedTable} decodes it. */
    private static List<RecordReader.SheetRecord> byChars(byte[] bytes, char delimiter, boolean strict) throws IOException {
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        BufferedReader text = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError)));
        return all(new RecordReader(text, delimiter));
    }

    private static List<RecordReader.SheetRecord> byBytes(byte[] bytes, char delimiter, boolean strict, int chunk)
            throws IOException {
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(chunk, len));
            }
        };
        return all(new Utf8RecordReader(in, delimiter, strict));
    }

    private static List<RecordReader.SheetRecord> all(Records records) throws IOException {
        List<RecordReader.SheetRecord> all = new ArrayList<>();
        try (records) {
            for (RecordReader.SheetRecord r = records.next(); r != null; r = records.next()) {
                all.add(r);
            }
        }
        return all;
    }
}
