package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    /** A source of {@code n} one-cell records, then an end or the given error. */
    private static Records source(int n, IOException error, AtomicBoolean closed) {
        return new Records() {
            private int i;

            @Override
            public RecordReader.SheetRecord next() throws IOException {
                if (i < n) {
                    i++;
                    return new RecordReader.SheetRecord(List.of("v" + i), i, 0, false, 0);
                }
                if (error != null) {
                    throw error;
                }
                return null;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }

    @Test
    void handsOverEveryRecordInOrderAcrossManyBatches() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        try (ReadAhead r = new ReadAhead(source(ReadAhead.BATCH * 7 + 3, null, closed), "test")) {
            for (RecordReader.SheetRecord rec = r.next(); rec != null; rec = r.next()) {
                seen.add(rec.cells().get(0));
            }
            assertThat(r.next()).isNull();
        }
        assertThat(seen).hasSize(ReadAhead.BATCH * 7 + 3).startsWith("v1", "v2").endsWith("v" + seen.size());
        assertThat(closed).isTrue();
    }

    @Test
    void aDecodingErrorReachesTheCallerAfterTheRecordsBeforeItAsTheSameException() throws IOException {
        MalformedInputException bad = new MalformedInputException(1);
        try (ReadAhead r = new ReadAhead(source(600, bad, new AtomicBoolean()), "test")) {
            for (int i = 0; i < 600; i++) {
                assertThat(r.next().line()).isEqualTo(i + 1);
            }
            assertThatThrownBy(r::next).isSameAs(bad);
        }
    }

    @Test
    void closingEarlyStopsTheThreadAndClosesTheSource() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ReadAhead r = new ReadAhead(source(Integer.MAX_VALUE, null, closed), "test");
        assertThat(r.next().cells()).containsExactly("v1");
        r.close();
        assertThat(closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("read ahead: test") && t.isAlive());
    }
}
