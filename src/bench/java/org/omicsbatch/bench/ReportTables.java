package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The tables of the report, one method per measurement. */
final class ReportTables {
    private ReportTables() {
    }

    static void sheets(StringBuilder s, List<JsonNode> rows) {
        s.append("### 1. Sample sheet → validated runs → settings file\n\n");
        s.append("Ours: `SheetImporter` → `DraftValidator` (service rules + parameter template) → `RequestRenderer`")
                .append(" settings file, in-process. Floor: Jackson CSV → maps → Jackson JSON, no validation. Script:")
                .append(" `bench/sheet_to_json.py` (`csv.DictReader` → list → `json.dumps` → one write) as a whole")
                .append(" `python3` process. Generated sheets: quoted fields with commas and quotes, sample names in")
                .append(" many scripts, long s3:// paths, ~30% empty cells. Targets: ours ≤ 2× floor; script ≥ 10× ours at 100k.\n\n");
        if (!intro(s, rows)) {
            return;
        }
        s.append("| sheet | ours: median (min–max), CPU | floor | script | ours / floor (wall, CPU) | script / ours")
                .append(" (wall, CPU) | reps | load 1-min |\n|---|---|---|---|---|---|---|---|\n");
        for (JsonNode r : rows) {
            if (skippedRow(s, r, 8)) {
                continue;
            }
            JsonNode ours = r.path("ours");
            JsonNode floor = r.path("floor");
            JsonNode script = r.path("script");
            s.append("| ").append(r.path("name").asText()).append(" (").append(mb(r.path("sheetBytes").asLong()))
                    .append(") | ").append(timing(ours)).append(" | ").append(timing(floor)).append(" | ")
                    .append(script.isMissingNode() ? "not run: " + r.path("scriptSkipped").asText() : timing(script))
                    .append(" | ").append(ratio(ours, floor)).append(" | ").append(script.isMissingNode() ? "–" : ratio(script, ours))
                    .append(" | ").append(r.path("warmups").asInt()).append(" + ").append(ours.path("n").asInt())
                    .append(" | ").append(ours.path("load1During").asText()).append(" |\n");
        }
        s.append('\n');
    }

    static void heap(StringBuilder s, List<JsonNode> rows) {
        s.append("### 2. Peak heap at `-Xmx256m`\n\n");
        s.append("A JVM of its own per row. Peak used = heap in use before the fullest collection (garbage included);")
                .append(" peak live = still in use after a collection (what the work needs). From the JVM's GC notifications.\n\n");
        if (!intro(s, rows)) {
            return;
        }
        s.append("| work | completed | peak used | peak live | collections | wall | load before |\n|---|---|---|---|---|---|---|\n");
        for (JsonNode r : rows) {
            if (skippedRow(s, r, 7)) {
                continue;
            }
            String what = r.path("name").asText() + (r.has("note") ? " — " + r.path("note").asText() : "") + (r.has("bytes") ? " (" + String.format("%,d", r.path("bytes").asLong())
                    + " bytes, " + r.path("runs").asInt() + " runs, streamed to a counting sink)" : "");
            s.append("| ").append(what).append(" | ").append(r.path("completed").asBoolean() ? "yes" : "**no**: "
                    + r.path("error").asText()).append(" | ").append(r.path("peakUsedMb").asLong()).append(" MB | ")
                    .append(r.path("peakLiveMb").asLong()).append(" MB | ").append(r.path("collections").asLong())
                    .append(" | ").append(ms(r.path("wallMs").asDouble())).append(" | ").append(r.path("loadBefore").asText())
                    .append(" |\n");
        }
        s.append('\n');
    }

    static void fx(StringBuilder s, List<JsonNode> rows) {
        s.append("### 3. FX thread: longest pulse gap (headless Monocle, software rendering)\n\n");
        s.append("An `AnimationTimer` notes the time between pulses; the idle row shows what the machine's load alone")
                .append(" does. Import: the sheet is read on a background task as the app does, then handed to the Runs")
                .append(" step (`RunsViewModel.acceptImport`), until the table shows the rows and the draft holds them.")
                .append(" Scroll: one `scrollTo` per pulse — 300")
                .append(" rows one by one, 300 jumps through the table, 300 rows at the end. Target: ≤ 50 ms. Beside the")
                .append(" gaps, what explains them: the CPU time the FX thread itself used between two pulses (the rest")
                .append(" of a gap is waiting for a CPU) and the garbage collector's pauses, which stop every thread.\n\n");
        if (!intro(s, rows)) {
            return;
        }
        s.append("Each phase runs in several JVMs of its own, one after another; the row shows the run with the")
                .append(" median longest gap, and beside it the longest gaps of all runs.\n\n");
        s.append("| phase | longest gap: median run (all runs) | p99 gap | median gap | pulses > 50 ms / pulses")
                .append(" | FX CPU per pulse: max / p99 / median | GC pauses: longest (count) | runs within 50 ms | load before |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (List<JsonNode> runs : byName(rows).values()) {
            if (skippedRow(s, runs.get(0), 9)) {
                continue;
            }
            List<JsonNode> sorted = new java.util.ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(r -> r.path("maxGapMs").asDouble()));
            JsonNode r = sorted.get((sorted.size() - 1) / 2);
            long met = runs.stream().filter(x -> x.path("met").asBoolean()).count();
            s.append("| ").append(r.path("name").asText()).append(" | ").append(ms(r.path("maxGapMs").asDouble()))
                    .append(runs.size() > 1 ? " (" + String.join(", ", sorted.stream()
                            .map(x -> ms(x.path("maxGapMs").asDouble())).toList()) + ")" : "")
                    .append(" | ").append(ms(r.path("p99GapMs").asDouble())).append(" | ")
                    .append(ms(r.path("medianGapMs").asDouble())).append(" | ").append(r.path("gapsOver50Ms").asLong())
                    .append(" / ").append(r.path("pulses").asLong()).append(" | ")
                    .append(r.has("fxCpuMaxMs") ? ms(r.path("fxCpuMaxMs").asDouble()) + " / " + ms(r.path("fxCpuP99Ms").asDouble())
                            + " / " + ms(r.path("fxCpuMedianMs").asDouble()) : "–").append(" | ")
                    .append(r.has("gcPauses") ? ms(r.path("gcLongestPauseMs").asDouble()) + " (" + r.path("gcPauses").asLong() + ")"
                            : "–").append(" | ")
                    .append(met).append(" of ").append(runs.size()).append(" | ").append(r.path("loadBefore").asText())
                    .append(" |\n");
        }
        s.append('\n');
    }

    /** Rows grouped by their name, in the order of their first appearance (repeated runs of one phase). */
    private static java.util.Map<String, List<JsonNode>> byName(List<JsonNode> rows) {
        java.util.Map<String, List<JsonNode>> groups = new java.util.LinkedHashMap<>();
        for (JsonNode r : rows) {
            groups.computeIfAbsent(r.path("name").asText(), k -> new java.util.ArrayList<>()).add(r);
        }
        return groups;
    }

    static void monitor(StringBuilder s, List<JsonNode> rows) {
        s.append("### 4. Monitoring a 100,000-run batch (sandbox over HTTP)\n\n");
        s.append("`submit.BatchMonitor` as the app builds it, against the sandbox at its default request handling")
                .append(" (no throttling, faults or latency; lifecycle sped up so the batch has ended first). Requests")
                .append(" counted by a wrapper around `BatchApi`. Targets: first sync ≤ 60 s; 1 request per unchanged poll.\n\n");
        if (!intro(s, rows)) {
            return;
        }
        for (JsonNode r : rows) {
            if (skippedRow(s, r, 0)) {
                continue;
            }
            s.append("- ").append(r.path("name").asText()).append(": ");
            if (r.has("requestsPerPoll")) {
                s.append("requests per poll ").append(r.path("requestsPerPoll")).append(r.path("met").asBoolean()
                        ? " (target met)" : " (**target missed**)");
            } else {
                s.append(ms(r.path("wallMs").asDouble())).append(", ").append(r.path("requests").asLong())
                        .append(" requests ").append(r.path("byOperation"))
                        .append(r.has("busiestSecond") ? ", busiest second " + r.path("busiestSecond") : "")
                        .append(r.has("throttled") ? ", " + r.path("throttled").asLong() + " throttled by the sandbox" : "")
                        .append(", ").append(r.path("runsListed").asLong())
                        .append(" runs listed").append(r.path("wallMs").asDouble() <= 60_000 ? " (target met)" : " (**target missed**)");
            }
            s.append("; load before ").append(r.path("loadBefore").asText()).append('\n');
        }
        s.append('\n');
    }

    static void preflight(StringBuilder s, List<JsonNode> rows) {
        s.append("### 5. Preflight of 100,000 distinct S3 inputs (sandbox over HTTP)\n\n");
        if (!intro(s, rows)) {
            return;
        }
        for (JsonNode r : rows) {
            if (skippedRow(s, r, 0)) {
                continue;
            }
            s.append("- ").append(r.path("name").asText()).append(": ").append(ms(r.path("wallMs").asDouble()))
                    .append(", ").append(r.path("requests").asLong()).append(" S3 requests ").append(r.path("byOperation"))
                    .append(", at most ").append(r.path("maxInFlight").asInt()).append(" in flight (parallelism ")
                    .append(r.path("parallelism").asInt()).append("), ").append(r.path("findings").asInt())
                    .append(" findings; load before ").append(r.path("loadBefore").asText()).append('\n');
        }
        s.append('\n');
    }

    static void startup(StringBuilder s, List<JsonNode> rows) {
        s.append("### 6. Cold start of the packaged app to its first window\n\n");
        if (!intro(s, rows)) {
            return;
        }
        for (JsonNode r : rows) {
            if (skippedRow(s, r, 0)) {
                continue;
            }
            s.append("- ").append(timing(r)).append(" over ").append(r.path("n").asInt()).append(" starts")
                    .append(r.has("note") ? " (" + r.path("note").asText() + ")" : "").append(" (target ")
                    .append(ms(r.path("targetMs").asDouble())).append("); load ").append(r.path("load1During").asText())
                    .append('\n');
        }
        s.append('\n');
    }

    /** False (after saying so) when the measurement was not part of this run. */
    private static boolean intro(StringBuilder s, List<JsonNode> rows) {
        if (rows.isEmpty()) {
            s.append("*Not run in this invocation.*\n\n");
            return false;
        }
        return true;
    }

    private static boolean skippedRow(StringBuilder s, JsonNode r, int columns) {
        if (!r.has("skipped")) {
            return false;
        }
        String text = "Skipped (" + r.path("name").asText() + "): " + r.path("skipped").asText();
        if (columns == 0) {
            s.append("- *").append(text).append("*\n");
        } else {
            s.append("| *").append(text).append("*").append(" |".repeat(columns)).append('\n');
        }
        return true;
    }

    private static String timing(JsonNode t) {
        return ms(t.path("medianMs").asDouble()) + " (" + ms(t.path("minMs").asDouble()) + "–" + ms(t.path("maxMs").asDouble())
                + ", ±" + t.path("spread").asText() + ")" + (!Double.isNaN(t.path("cpuMedianMs").asDouble(Double.NaN))
                        ? ", CPU " + ms(t.path("cpuMedianMs").asDouble()) : "");
    }

    private static String ratio(JsonNode a, JsonNode b) {
        return String.format("%.1f×, %.1f×", a.path("medianMs").asDouble() / b.path("medianMs").asDouble(),
                a.path("cpuMedianMs").asDouble() / b.path("cpuMedianMs").asDouble());
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 10_000 ? String.format("%.1f s", v / 1000) : String.format("%,.0f ms", v);
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }
}
