package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code ## Benchmarks} section of docs/performance.md from one run's results file,
 * replacing the section if it exists; every other section of the file is left as it was.
 * Usage: {@code Report RESULTS.jsonl docs/performance.md "COMMAND"}.
 */
public final class Report {
    static final String HEADING = "## Benchmarks";

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                results.add(Results.JSON.readTree(line));
            }
        }
        Path doc = Path.of(args[1]);
        String section = section(results, args.length > 2 ? args[2] : "./bench/run", args[0]);
        String old = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Performance\n";
        Files.writeString(doc, replaceSection(old, section), StandardCharsets.UTF_8);
    }

    /** {@code text} with its {@value #HEADING} section (up to the next level-2 heading) replaced or appended. */
    static String replaceSection(String text, String section) {
        int start = text.startsWith(HEADING + "\n") ? 0 : text.indexOf("\n" + HEADING + "\n");
        if (start < 0) {
            return text.stripTrailing() + "\n\n" + section;
        }
        int from = start == 0 ? 0 : start + 1;
        int end = text.indexOf("\n## ", from + HEADING.length());
        String after = end < 0 ? "" : text.substring(end + 1);
        return text.substring(0, from) + section.stripTrailing() + "\n" + (after.isEmpty() ? "" : "\n" + after);
    }

    static String section(List<JsonNode> results, String command, String resultsFile) {
        StringBuilder s = new StringBuilder(HEADING).append("\n\n");
        s.append("Measured by `").append(command).append("` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append("; run it again to replace this section (raw numbers: `").append(resultsFile).append("`).\n\n");
        s.append("- Machine: ").append(Machine.processors()).append(" CPUs (").append(Machine.cpuModel()).append("), ")
                .append(Machine.memory()).append(" RAM, ").append(Machine.os()).append(", ").append(Machine.java())
                .append(".\n");
        String firstLoad = results.isEmpty() ? Machine.loadAverage() : results.get(0).path("loadBefore").asText("unknown");
        s.append("- Load average (1, 5, 15 min) when the run started: ").append(firstLoad).append("; now: ")
                .append(Machine.loadAverage()).append(". Each table gives the load while its row was measured. ")
                .append("Load above the CPU count means every process waits for a CPU: wall times stretch, CPU times")
                .append(" (of this JVM, GC and JIT included, or of the child process) much less, so ratios are given")
                .append(" for both.\n");
        s.append("- Method: each contender in a fresh JVM of its own per measurement; warm-up runs first, then")
                .append(" repetitions interleaved (A B C, A B C, …) so a load spike hits all alike; median, min–max and")
                .append(" spread (median absolute deviation / median).\n\n");
        ReportTables.sheets(s, pick(results, "sheet"));
        ReportTables.heap(s, pick(results, "heap"));
        ReportTables.fx(s, pick(results, "fx"));
        ReportTables.monitor(s, pick(results, "monitor"));
        ReportTables.preflight(s, pick(results, "preflight"));
        ReportTables.startup(s, pick(results, "startup"));
        return s.toString();
    }

    private static List<JsonNode> pick(List<JsonNode> results, String measurement) {
        return results.stream().filter(r -> measurement.equals(r.path("measurement").asText())).toList();
    }
}
