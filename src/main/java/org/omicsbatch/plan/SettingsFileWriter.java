package org.omicsbatch.plan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

/**
 * Streams the {@code s3UriSettings} file: a JSON array in the same format as {@code inlineSettings},
 * one run per line so that a person can open a 100,000-run file, and never built as one big string.
 */
public final class SettingsFileWriter {
    private SettingsFileWriter() {
    }

    /** Writes the runs (already stripped for the request) to {@code out}; does not close it. */
    public static void write(List<InlineSetting> runs, OutputStream out, Progress progress) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(new NonClosingStream(out), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new OneRunPerLine());
            // one serializer context for the whole file: a writer call per run made a new one each time
            SerializerProvider context = Json.mapper().getSerializerProviderInstance();
            g.writeStartArray();
            for (int i = 0; i < runs.size(); i++) {
                if (i % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(i, runs.size(), "Writing run settings file");
                }
                RunWriter.write(RequestRenderer.forRequest(runs.get(i)), g, context);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
        progress.update(runs.size(), runs.size(), "Wrote run settings file");
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

    /** Line breaks between the top-level runs only; nested arrays in parameters stay compact. */
    private static final class OneRunPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private static boolean topLevel(JsonGenerator g) {
            return g.getOutputContext().inArray() && g.getOutputContext().getParent().inRoot();
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topLevel(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (topLevel(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
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
