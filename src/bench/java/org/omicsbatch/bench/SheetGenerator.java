package org.omicsbatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a sample sheet the way a core facility's export looks: unique sample ids, sample names in
 * many scripts, two long s3:// FASTQ paths per row, free-text notes with commas and quotes (so the
 * CSV needs quoting), empty cells, and metadata columns up to the requested width. Seeded, so every
 * run of the benchmark reads the same bytes, but not shaped to suit any one reader.
 */
final class SheetGenerator {
    /** The first ten columns; the rest are metadata columns {@code meta_NN}. */
    static final List<String> CORE = List.of("sample", "sample_name", "fastq_1", "fastq_2", "strandedness",
            "patient_id", "tissue", "notes", "read_length", "library_kit");
    /** Columns that become run tags rather than parameters. */
    static final List<String> TAGS = List.of("patient_id", "tissue");

    private static final String[] NAMES = {"Müller", "Øresund", "São-Paulo", "北京-肝", "Γιάννης", "naïve-T", "Łódź",
        "Ærøskøbing", "ñandú", "Δ-cohort", "Ельцин-Б", "서울", "O'Brien", "Zoë", "Đặng"};
    private static final String[] TISSUES = {"liver", "colon, sigmoid", "whole blood", "lung (left, lower lobe)",
        "skin", "bone marrow", "brain – frontal cortex"};
    private static final String[] NOTES = {"RIN 7.2, \"degraded\" in lane 2", "re-sequenced; see ticket #4411",
        "Probe für Müller – Nachlieferung", "low yield, top-up run \"B\"", "contamination check: passed",
        "tumour/normal pair, FFPE"};
    private static final String[] KITS = {"TruSeq Stranded mRNA", "NEBNext Ultra II Directional", "SMART-Seq v4",
        "KAPA mRNA HyperPrep"};
    private static final String[] STRANDS = {"auto", "forward", "reverse", "unstranded"};

    private SheetGenerator() {
    }

    static List<String> header(int columns) {
        if (columns < CORE.size()) {
            throw new IllegalArgumentException("at least " + CORE.size() + " columns");
        }
        List<String> h = new ArrayList<>(CORE);
        for (int k = CORE.size(); k < columns; k++) {
            h.add(String.format("meta_%02d", k));
        }
        return h;
    }

    static Path write(Path file, int rows, int columns, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> header = header(columns);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(w, header);
            List<String> row = new ArrayList<>(columns);
            for (int i = 0; i < rows; i++) {
                row.clear();
                core(row, i, random);
                for (int k = CORE.size(); k < columns; k++) {
                    row.add(meta(k, i, random));
                }
                line(w, row);
            }
        }
        return file;
    }

    private static void core(List<String> row, int i, SplittableRandom r) {
        String sample = String.format("S%06d", i);
        String project = "cohort-" + (char) ('a' + i % 7) + "-2026";
        String run = "run-2026" + String.format("%04d", 1000 + i % 300) + "_A00" + (100 + i % 50) + "_0" + (400 + i % 90)
                + "_BH" + Integer.toString(7_000_000 + i / 96, 36).toUpperCase();
        String prefix = "s3://genomics-core-sequencing-data-eu-central-1/projects/" + project + "/" + run + "/fastq/"
                + sample + "/" + sample + "_S" + (i % 96 + 1) + "_L00" + (1 + i % 4);
        row.add(sample);
        row.add(NAMES[r.nextInt(NAMES.length)] + "-" + i);
        row.add(prefix + "_R1_001.fastq.gz");
        row.add(r.nextInt(10) == 0 ? "" : prefix + "_R2_001.fastq.gz"); // some single-end
        row.add(STRANDS[r.nextInt(STRANDS.length)]);
        row.add("P-" + (i / 3));
        row.add(TISSUES[r.nextInt(TISSUES.length)]);
        row.add(r.nextInt(10) < 3 ? "" : NOTES[r.nextInt(NOTES.length)]);
        row.add(String.valueOf(new int[] {75, 100, 150}[r.nextInt(3)]));
        row.add(KITS[r.nextInt(KITS.length)]);
    }

    private static String meta(int k, int i, SplittableRandom r) {
        if (r.nextInt(10) < 3) {
            return "";
        }
        return switch (k % 5) {
            case 0 -> String.format("%.4f", r.nextDouble());
            case 1 -> String.valueOf(r.nextInt(1_000_000));
            case 2 -> "s3://lab-metadata/qc/" + k + "/S" + i + "/multiqc_data.json";
            case 3 -> NOTES[r.nextInt(NOTES.length)];
            default -> NAMES[r.nextInt(NAMES.length)] + " " + TISSUES[r.nextInt(TISSUES.length)];
        };
    }

    /** One RFC 4180 line: a field is quoted when it holds a comma, quote or line break. */
    private static void line(BufferedWriter w, List<String> fields) throws IOException {
        for (int c = 0; c < fields.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            String f = fields.get(c);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write('\n');
    }
}
