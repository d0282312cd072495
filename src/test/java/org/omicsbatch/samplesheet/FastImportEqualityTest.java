package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.task.Progress;

/**
 * The fast import (UTF-8 split from its bytes, read ahead on a second thread) and the fast settings
 * file (packed runs written from their bytes) against the way before: text decoded first and split on
 * the caller's thread, runs unpacked into ordinary Jackson trees and written by the mapper. The sheet's
 * problems, the validation's problems and the settings file's bytes must be equal, for every real sheet
 * in the test resources and for generated sheets of every shape the reader meets.
 */
class FastImportEqualityTest {
    @TempDir
    static Path dir;

    static Stream<Path> sheets() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("/samplesheets", "/samplesheets/bad")) {
            try (Stream<Path> files = Files.list(Path.of(resource(folder)))) {
                files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
                        .forEach(all::add);
            }
        }
        Random random = new Random(2026);
        String[] shapes = {"plain", "crlf", "bom", "tsv", "cr", "latin1-late", "bad-bom", "ragged", "big"};
        for (int i = 0; i < shapes.length * 3; i++) {
            String shape = shapes[i % shapes.length];
            all.add(GeneratedSheets.write(dir.resolve("generated-" + i + "-" + shape + (shape.equals("tsv") ? ".tsv" : ".csv")),
                    shape, random));
        }
        return all.stream();
    }

    private static String resource(String folder) {
        return FastImportEqualityTest.class.getResource(folder).getPath();
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void theFastImportAndSettingsFileEqualTheWayBefore(Path sheet) throws Exception {
        Outcome before;
        DelimitedTable.decodeFirst = true;
        try {
            before = render(sheet, true);
        } finally {
            DelimitedTable.decodeFirst = false;
        }
        Outcome now = render(sheet, false);
        assertThat(now.sheetProblems()).isEqualTo(before.sheetProblems());
        assertThat(now.runs()).isEqualTo(before.runs());
        assertThat(now.problems()).isEqualTo(before.problems());
        assertThat(new String(now.settingsFile(), StandardCharsets.UTF_8))
                .isEqualTo(new String(before.settingsFile(), StandardCharsets.UTF_8));
        assertThat(now.settingsFile()).isEqualTo(before.settingsFile());
    }

    record Outcome(List<String> sheetProblems, List<InlineSetting> runs, List<String> problems, byte[] settingsFile) {
    }

    private static Outcome render(Path sheet, boolean unpacked) throws Exception {
        SheetImport imported = SheetImporter.importSheet(sheet, ImportOptions.defaults(), Progress.NONE);
        List<InlineSetting> runs = unpacked ? imported.runs().stream().map(FastImportEqualityTest::unpack).toList()
                : imported.runs();
        ObjectNode defaults = Json.mapper().createObjectNode().put("genome", "GRCh38");
        BatchDraft draft = BatchDraft.empty().withBatchName("equality").withDefaultRunSetting(DefaultRunSetting.builder()
                .workflowId("9000001").roleArn("arn:aws:iam::123456789012:role/OmicsRole")
                .outputUri("s3://results/equality/").storageType("DYNAMIC").parameters(defaults).build()).withRuns(runs);
        ObjectNode template = Json.mapper().createObjectNode();
        template.putObject("genome").put("description", "reference").put("optional", true);
        for (String column : imported.header()) {
            template.putObject(column).put("description", column).put("optional", !column.equals(first(imported)));
        }
        List<String> problems = DraftValidator.validate(draft, template).stream().map(Problem::toString).toList();
        byte[] settings;
        if (unpacked) {
            // the way before: every run written by the mapper, one per line
            settings = org.omicsbatch.plan.RunWriterTest.asTheMapperWrites(runs).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RequestRenderer.writeSettingsFile(draft, out, Progress.NONE);
            settings = out.toByteArray();
        }
        return new Outcome(imported.problems().stream().map(SheetProblem::toString).toList(), runs, problems, settings);
    }

    private static String first(SheetImport imported) {
        return imported.header().isEmpty() ? "" : imported.header().get(imported.header().size() - 1);
    }

    /** The run with ordinary Jackson trees and maps in place of packed ones: written by the mapper as before. */
    private static InlineSetting unpack(InlineSetting run) {
        InlineSetting.Builder b = run.toBuilder();
        if (run.parameters() != null) {
            ObjectNode copy = Json.mapper().createObjectNode();
            for (java.util.Map.Entry<String, JsonNode> e : run.parameters().properties()) {
                copy.set(e.getKey(), e.getValue().deepCopy());
            }
            b.parameters(copy);
        }
        if (run.runTags() != null) {
            b.runTags(new LinkedHashMap<>(run.runTags()));
        }
        return b.build();
    }

    /** Sample sheets with the variety real exports have, in the shapes the reader must handle alike. */
    @org.junit.jupiter.api.Test
    void theLargeSheetsTakeTheReadAheadAndPackingThreads() throws IOException {
        Path big = GeneratedSheets.write(dir.resolve("size-check.csv"), "big", new Random(7));
        assertThat(Files.size(big)).isGreaterThan(DelimitedTable.READ_AHEAD_MIN_BYTES);
        assertThat(GeneratedSheets.LARGE_ROWS).isGreaterThan(PackingLine.INLINE_RUNS);
    }

    static final class GeneratedSheets {
        static final int LARGE_ROWS = 6000;
        private static final String[] TEXT = {"Müller", "北京-肝", "Γιάννης", "naïve-T", "O'Brien", "서울", "Zoë 😀",
            "colon, sigmoid", "RIN 7.2, \"degraded\"", "two\nlines", "tab\there", "s3://bucket/a/very/long/path/to/reads_R1.fastq.gz",
            "file:reads/local.fastq.gz", "150", "-3.5", "true", "", "", "", "  padded  ", "#not-a-comment", "\uFFFD"};

        static Path write(Path file, String shape, Random random) throws IOException {
            // "big" and "latin1-late" pass 1 MB and 2,048 runs: read ahead on a thread, packed on another
            boolean large = shape.equals("big") || shape.equals("latin1-late");
            int rows = large ? LARGE_ROWS : 20 + random.nextInt(200);
            int columns = large ? 14 : 3 + random.nextInt(12);
            char delimiter = shape.equals("tsv") ? '\t' : ',';
            String newline = shape.equals("crlf") ? "\r\n" : shape.equals("cr") ? "\r" : "\n";
            StringBuilder text = new StringBuilder();
            List<String> header = new ArrayList<>(List.of("sample"));
            for (int c = 1; c < columns; c++) {
                header.add(c == 1 ? "outputUri" : c == 2 ? "tag:tissue" : "param_" + c);
            }
            line(text, header, delimiter, newline);
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>();
                row.add(random.nextInt(50) == 0 ? "S" + (r - 1) : "S" + r); // now and then a duplicate id
                for (int c = 1; c < columns; c++) {
                    row.add(c == 1 ? (random.nextInt(20) == 0 ? "results/" + r : "s3://out/" + r + "/")
                            : TEXT[random.nextInt(TEXT.length)] + (random.nextBoolean() ? "-" + r : ""));
                }
                if (shape.equals("ragged") && random.nextInt(5) == 0) {
                    row = random.nextBoolean() ? row.subList(0, 1 + random.nextInt(row.size())) : append(row, "extra");
                }
                if (random.nextInt(40) == 0) {
                    text.append("# a comment line").append(newline);
                }
                line(text, row, delimiter, newline);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (shape.equals("bom") || shape.equals("bad-bom")) {
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            }
            if (shape.equals("bad-bom")) {
                bytes = concat(bytes, ("S-bad,s3://x/,caf" + "\u00e9").getBytes(Charset.forName("windows-1252")));
            }
            if (shape.equals("latin1-late")) {
                // valid UTF-8 for the first 64 KiB, then a Windows-1252 byte: the whole file is read again as 1252
                bytes = concat(bytes, ("S-late,s3://x/,Stra" + "\u00dfe" + newline).getBytes(Charset.forName("windows-1252")));
            }
            return Files.write(file, bytes);
        }

        private static List<String> append(List<String> row, String extra) {
            List<String> longer = new ArrayList<>(row);
            longer.add(extra);
            return longer;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }

        private static void line(StringBuilder text, List<String> cells, char delimiter, String newline) {
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    text.append(delimiter);
                }
                String v = cells.get(c);
                if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    text.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(v);
                }
            }
            text.append(newline);
        }
    }
}
