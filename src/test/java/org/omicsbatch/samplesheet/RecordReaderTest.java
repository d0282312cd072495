package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {
    private static final String CSV = "sample,notes,path\r\n"
            + "S1,\"quoted, with comma\",s3://b/S1.fastq.gz\n"
            + "S2,\"a \"\"doubled\"\" quote\",plain value with spaces\r"
            + "S3,\"two\nlines\",\"a\"after,\n"
            + "#comment,x,y\n"
            + ",,\n"
            + "S4,Müller 北京,\"\"tail\n"
            + "S5,last,no line end";

    private static List<RecordReader.SheetRecord> read(Reader in) throws IOException {
        List<RecordReader.SheetRecord> all = new ArrayList<>();
        try (RecordReader r = new RecordReader(in, ',')) {
            for (RecordReader.SheetRecord rec = r.next(); rec != null; rec = r.next()) {
                all.add(rec);
            }
        }
        return all;
    }

    @Test
    void valuesCutByTheEndOfABufferReadAsWhenWhole() throws IOException {
        List<RecordReader.SheetRecord> whole = read(new StringReader(CSV));
        assertThat(whole).hasSize(8);
        assertThat(whole.get(1).cells()).containsExactly("S1", "quoted, with comma", "s3://b/S1.fastq.gz");
        assertThat(whole.get(2).cells()).containsExactly("S2", "a \"doubled\" quote", "plain value with spaces");
        assertThat(whole.get(3).cells()).containsExactly("S3", "two\nlines", "aafter", "");
        assertThat(whole.get(3).line()).isEqualTo(4);
        assertThat(whole.get(3).textAfterQuoteLine()).isEqualTo(5);
        assertThat(whole.get(4).comment()).isTrue();
        assertThat(whole.get(5).isBlank()).isTrue();
        assertThat(whole.get(6).cells()).containsExactly("S4", "Müller 北京", "tail");
        assertThat(whole.get(7).cells()).containsExactly("S5", "last", "no line end");
        for (int chunk = 1; chunk <= 7; chunk++) {
            assertThat(read(trickle(CSV, chunk))).as("read %d characters at a time", chunk).isEqualTo(whole);
        }
    }

    /** A reader that hands out at most {@code n} characters per read, so values straddle every refill. */
    private static Reader trickle(String text, int n) {
        return new StringReader(text) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(n, len));
            }
        };
    }
}
