package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends one JSON object per line to the results file named by {@code -Dbench.results}: each
 * measurement says what it measured, its numbers, and the load average when it started and ended.
 * {@code Report} turns the file into the {@code ## Benchmarks} section of docs/performance.md.
 */
final class Results {
    static final ObjectMapper JSON = new ObjectMapper();

    private Results() {
    }

    /** A new result of {@code measurement} (e.g. "sheet"), stamped with the time and the load now. */
    static ObjectNode start(String measurement, String name) {
        ObjectNode o = JSON.createObjectNode();
        o.put("measurement", measurement);
        o.put("name", name);
        o.put("at", Instant.now().toString());
        o.put("loadBefore", Machine.loadAverage());
        return o;
    }

    static void put(ObjectNode o, Samples s) {
        o.put("n", s.size());
        o.put("medianMs", round(s.median()));
        o.put("minMs", round(s.min()));
        o.put("maxMs", round(s.max()));
        o.put("spread", round(s.relativeSpread() * 100) + "%");
        o.put("cpuMedianMs", round(s.cpuMedian()));
        o.put("load1During", s.loadRange());
        o.set("wallMs", JSON.valueToTree(s.wall().stream().map(Results::round).toList()));
    }

    static void write(ObjectNode o) throws IOException {
        o.put("loadAfter", Machine.loadAverage());
        String line = JSON.writeValueAsString(o);
        System.out.println(line);
        String file = System.getProperty("bench.results");
        if (file != null) {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** Records that a measurement did not run, and why (never a made-up number). */
    static void skipped(String measurement, String name, String reason) throws IOException {
        ObjectNode o = start(measurement, name);
        o.put("skipped", reason);
        System.err.println("SKIPPED " + measurement + " " + name + ": " + reason);
        write(o);
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10) / 10.0;
    }

    static int intProperty(String name, int fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }
}
