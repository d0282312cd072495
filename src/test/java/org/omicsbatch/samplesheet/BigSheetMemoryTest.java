package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row sheet imports and renders in a JVM limited to 256 MiB of heap (the benchmark's
 * limit). A separate JVM because the test JVM's own heap is larger; not a timing test.
 */
class BigSheetMemoryTest {

    @Test
    void hundredThousandRowsImportAndRenderWithin256MiB(@TempDir Path dir) throws IOException, InterruptedException {
        Path sheet = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            w.write("sample,fastq_1,fastq_2,strandedness\n");
            for (int i = 1; i <= 100_000; i++) {
                String id = String.format("SAMPLE_%06d", i);
                w.write(id + ",s3://lab-bucket/project/run-2024-03/fastq/" + id + "_S" + i + "_L001_R1_001.fastq.gz,"
                        + "s3://lab-bucket/project/run-2024-03/fastq/" + id + "_S" + i + "_L001_R2_001.fastq.gz,reverse\n");
            }
        }
        assertThat(runIn256MiB(sheet, dir)).contains("runs=100000 errors=0");
    }

    /**
     * 40 columns of metadata as core facilities export them (paths, numbers, free text with commas,
     * about a third of the cells empty): four million cells did not fit before runs were packed.
     */
    @Test
    void hundredThousandRowsOfFortyColumnsImportValidateAndRenderWithin256MiB(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path sheet = dir.resolve("wide.csv");
        try (Writer w = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("sample");
            for (int c = 1; c < 40; c++) {
                header.append(",qc_").append(c);
            }
            w.write(header.append('\n').toString());
            for (int i = 1; i <= 100_000; i++) {
                StringBuilder row = new StringBuilder(String.format("SAMPLE_%06d", i));
                for (int c = 1; c < 40; c++) {
                    row.append(',');
                    switch ((i * 7 + c) % 6) {
                        case 0, 1 -> { } // empty
                        case 2 -> row.append("s3://lab-bucket/qc/").append(c).append("/S").append(i).append("/multiqc.json");
                        case 3 -> row.append(i % 997).append('.').append(c);
                        case 4 -> row.append("\"RIN ").append(c % 9).append(", Müller – lane ").append(c % 4).append('"');
                        default -> row.append("tissue-").append((i + c) % 13);
                    }
                }
                w.write(row.append('\n').toString());
            }
        }
        assertThat(runIn256MiB(sheet, dir)).contains("runs=100000 errors=0");
    }

    private static String runIn256MiB(Path sheet, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BigSheetMain.class.getName(), sheet.toString(), dir.resolve("settings.json").toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
