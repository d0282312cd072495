package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.ServiceLimits;
import org.omicsbatch.plan.SettingsFileWriter;
import org.omicsbatch.task.Progress;

/**
 * Measurement 2, run by bench/run in a JVM of its own with a small heap ({@code -Xmx256m}):
 * {@code rows ROWSxCOLUMNS} imports, validates and renders a generated sheet once; {@code settings}
 * streams a settings file just under the service's 6 GB limit to a sink that counts and discards.
 * Either completes within the heap or records that it did not.
 */
public final class HeapBench {
    private HeapBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "rows";
        String name = mode.equals("settings") ? "settings file near 6 GB" : "sheet " + arg(args, "100000x12");
        var o = Results.start("heap", name);
        o.put("maxHeapMb", Math.round(HeapWatch.maxHeapMb()));
        long t0 = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            try {
                if (mode.equals("settings")) {
                    settingsFile(o);
                } else {
                    sheet(o, arg(args, "100000x12"));
                }
                o.put("completed", true);
            } catch (OutOfMemoryError e) {
                o.put("completed", false).put("error", "OutOfMemoryError: " + e.getMessage());
            }
            o.put("wallMs", Math.round((System.nanoTime() - t0) / 1e6));
            o.put("peakUsedMb", Math.round(heap.peakUsedMb())).put("peakLiveMb", Math.round(heap.peakLiveMb()))
                    .put("collections", heap.collections());
        }
        Results.write(o);
    }

    private static String arg(String[] args, String fallback) {
        return args.length > 1 ? args[1] : fallback;
    }

    private static void sheet(ObjectNode o, String spec) throws Exception {
        String[] rc = spec.split("x");
        int rows = Integer.parseInt(rc[0]);
        int columns = Integer.parseInt(rc[1]);
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.work", "target/bench/work")));
        Path sheet = SheetGenerator.write(work.resolve("heap-" + spec + ".csv"), rows, columns, 42);
        Path out = work.resolve("heap-" + spec + ".json");
        try {
            SheetPipeline.Outcome r = new SheetPipeline(SheetGenerator.header(columns)).run(sheet, out);
            o.put("rows", rows).put("columns", columns).put("runs", r.runs()).put("errors", r.errors())
                    .put("settingsFileBytes", r.bytes());
        } finally {
            Files.deleteIfExists(sheet);
            Files.deleteIfExists(out);
            Files.deleteIfExists(out.resolveSibling(out.getFileName() + ".request.json"));
        }
    }

    /**
     * 100,000 runs (the batch maximum), each with a list of input paths long enough that the file
     * ends just under 6,000,000,000 bytes. The runs are made as the writer asks for them, so only
     * the writer's own memory shows.
     */
    private static void settingsFile(ObjectNode o) throws Exception {
        int runs = ServiceLimits.RUNS_MAX;
        long target = ServiceLimits.SETTINGS_FILE_MAX_BYTES - 50_000_000L;
        ArrayNode reads = Json.mapper().createArrayNode();
        List<InlineSetting> lazy = lazyRuns(runs, reads);
        long perRunBase = SettingsFileWriter.size(lazy.subList(0, 1), Progress.NONE);
        String path = "s3://genomics-core-sequencing-data-eu-central-1/projects/cohort-a-2026/run-20261103_A00123/"
                + "fastq/S000000/S000000_S1_L001_R1_001.fastq.gz";
        long perPath = path.length() + 3; // quotes and comma
        while ((perRunBase + (reads.size() + 1) * perPath) * runs < target) {
            reads.add(path.replace("L001", "L" + String.format("%03d", reads.size() % 1000)));
        }
        // size() is write() into a sink that only counts: the 6 GB are made and dropped, never kept
        long bytes = SettingsFileWriter.size(lazy, Progress.NONE);
        o.put("runs", runs).put("inputsPerRun", reads.size()).put("bytes", bytes)
                .put("limitBytes", ServiceLimits.SETTINGS_FILE_MAX_BYTES);
    }

    private static List<InlineSetting> lazyRuns(int runs, ArrayNode reads) {
        return new AbstractList<>() {
            @Override
            public InlineSetting get(int i) {
                String id = String.format("S%06d", i);
                ObjectNode p = Json.mapper().createObjectNode().put("sample", id);
                p.set("reads", reads);
                return InlineSetting.builder().runSettingId(id).name("sample-" + id).parameters(p).build();
            }

            @Override
            public int size() {
                return runs;
            }
        };
    }
}
