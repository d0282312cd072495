package org.omicsbatch.plan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

/**
 * Streams the {@code s3UriSettings} file: a JSON array in the same format as {@code inlineSettings},
 * one run per line so that a person can open a 100,000-run file, and never built as one big string
 * (at most a few pieces of {@link #CHUNK_RUNS} runs are in memory at once).
 */
public final class SettingsFileWriter {
    private SettingsFileWriter() {
    }

    /** Runs serialised as one piece: small enough that a few in flight stay small even for 6 GB files. */
    static final int CHUNK_RUNS = 32;

    /**
     * Writes the runs (already stripped for the request) to {@code out}; does not close it. The runs are
     * made into JSON in pieces of {@link #CHUNK_RUNS}, every second piece on a helper thread (see
     * {@link ChunkHelper}), and written in order: "[", a line per run, "]", each run exactly as the
     * mapper writes it ({@link RunWriter}).
     */
    public static void write(List<InlineSetting> runs, OutputStream out, Progress progress) throws IOException {
        int chunks = (runs.size() + CHUNK_RUNS - 1) / CHUNK_RUNS;
        if (chunks == 0) {
            out.write(EMPTY);
        } else {
            out.write(START);
            try (ChunkHelper helper = chunks > 2 ? new ChunkHelper(runs, chunks) : null) {
                ByteArrayOutputStream mine = new ByteArrayOutputStream(16 * 1024);
                SerializerProvider context = Json.mapper().getSerializerProviderInstance();
                for (int k = 0; k < chunks; k++) {
                    if (k % 32 == 0) {
                        progress.checkCancelled();
                        progress.update((long) k * CHUNK_RUNS, runs.size(), "Writing run settings file");
                    }
                    if (k > 0) {
                        out.write(BETWEEN_RUNS);
                    }
                    if (helper != null && k % 2 == 1) {
                        out.write(helper.next());
                    } else {
                        mine.reset();
                        chunk(runs, k, mine, context);
                        mine.writeTo(out);
                    }
                }
            }
            out.write(END);
        }
        progress.update(runs.size(), runs.size(), "Wrote run settings file");
    }

    private static final byte[] EMPTY = {'[', ']', '\n'};
    private static final byte[] START = {'[', '\n'};
    private static final byte[] BETWEEN_RUNS = {',', '\n'};
    private static final byte[] END = {'\n', ']', '\n'};

    /** The runs of piece {@code k} as JSON, one per line, ",\n" between them (a root value separator). */
    static void chunk(List<InlineSetting> runs, int k, OutputStream into, SerializerProvider context) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(into, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(",\n"));
            for (int i = k * CHUNK_RUNS, end = Math.min(runs.size(), i + CHUNK_RUNS); i < end; i++) {
                RunWriter.write(RequestRenderer.forRequest(runs.get(i)), g, context);
            }
        }
    }

    /** The size the settings file would have, without writing it anywhere. */
    public static long size(List<InlineSetting> runs, Progress progress) throws IOException {
        CountingStream counter = new CountingStream();
        write(runs, counter, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                progress.update(done, total, "Estimating the settings file size");
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        });
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
