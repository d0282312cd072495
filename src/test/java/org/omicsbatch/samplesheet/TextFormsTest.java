package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.samplesheet.Sheets.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.task.Progress;

/** Encodings, line ends and delimiters that spreadsheet exports produce, made from a real sheet. */
class TextFormsTest {
    @TempDir
    Path dir;

    private String rnaseq() throws IOException {
        return Files.readString(sheet("nf-core-rnaseq_assets_samplesheet.csv"));
    }

    private Path write(String name, byte[] bom, String text, Charset cs) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
        return file;
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        Path file = write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, rnaseq(), StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.header().get(0)).isEqualTo("sample");
        assertThat(r.layout().encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(r.mapping().columns().get("sample")).isEqualTo(MappingTarget.RUN_SETTING_ID);
        assertThat(r.runs()).hasSize(7);
    }

    @Test
    void utf16LittleAndBigEndianWithBomAsSpreadsheetUnicodeText() throws IOException {
        String tsv = rnaseq().replace(',', '\t').replace("\n", "\r\n");
        Path le = write("le.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, tsv, StandardCharsets.UTF_16LE);
        Path be = write("be.txt", new byte[] {(byte) 0xFE, (byte) 0xFF}, tsv, StandardCharsets.UTF_16BE);
        for (Path file : new Path[] {le, be}) {
            SheetImport r = importSheet(file);
            assertThat(r.layout().delimiter()).isEqualTo('\t');
            assertThat(r.header()).containsExactly("sample", "fastq_1", "fastq_2", "strandedness");
            assertThat(r.runLines().get(6)).containsExactly(8);
            assertThat(param(r.runs().get(0), "strandedness")).isEqualTo("forward");
        }
        assertThat(importSheet(le).layout().encoding()).isEqualTo("UTF-16LE (BOM)");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() throws IOException {
        Path file = write("latin.csv", new byte[0], "sample,site\nS1,Zürich\nS2,Besançon\n", Charset.forName("windows-1252"));
        SheetImport r = importSheet(file);
        assertThat(param(run(r, "S1"), "site")).isEqualTo("Zürich");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("not valid UTF-8", "Windows-1252");
        });
        SheetImport forced = SheetImporter.importSheet(file, ImportOptions.defaults().withRead(
                ReadOptions.DETECT.withEncoding(Charset.forName("ISO-8859-1"))), Progress.NONE);
        assertThat(forced.problems()).isEmpty();
        assertThat(param(run(forced, "S2"), "site")).isEqualTo("Besançon");
    }

    /** A sheet longer than the part checked before reading, with {@code last} as its final row. */
    private Path longSheet(String name, String first, byte[] last) throws IOException {
        StringBuilder b = new StringBuilder("sample,site\n").append(first);
        for (int i = 0; b.length() <= TextEncoding.CHECKED_PREFIX_BYTES + 1000; i++) {
            b.append("R").append(i).append(",s3://bucket/a/long/path/to/reads/R").append(i).append(".fastq.gz\n");
        }
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + last.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(last, 0, all, head.length, last.length);
        return Files.write(dir.resolve(name), all);
    }

    @Test
    void aByteThatIsNotUtf8BeyondTheCheckedStartStillMakesTheWholeFileWindows1252() throws IOException {
        Path file = longSheet("late-latin.csv", "S1,Zürich\n", "S2,Besançon\n".getBytes(Charset.forName("windows-1252")));
        SheetImport r = importSheet(file);
        assertThat(r.layout().encoding()).isEqualTo("windows-1252");
        assertThat(param(run(r, "S2"), "site")).isEqualTo("Besançon");
        // exactly what reading the whole file as Windows-1252 gives: the UTF-8 bytes of ü are two characters
        assertThat(param(run(r, "S1"), "site")).isEqualTo("ZÃ¼rich");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid UTF-8"));
        assertThat(r.runs()).hasSize((int) r.rowCount());

        SheetPreview preview = SheetImporter.preview(file, ReadOptions.DETECT, 5);
        assertThat(preview.layout().encoding()).isEqualTo("windows-1252");
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid UTF-8"));
        assertThat(preview.rows().get(0).cell(1)).isEqualTo("ZÃ¼rich");
    }

    @Test
    void aLongUtf8SheetWithUnicodeBeyondTheCheckedStartStaysUtf8() throws IOException {
        Path file = longSheet("late-unicode.csv", "S1,Zürich\n", "S2,Besançon 北京\n".getBytes(StandardCharsets.UTF_8));
        SheetImport r = importSheet(file);
        assertThat(r.layout().encoding()).isEqualTo("UTF-8");
        assertThat(r.problems()).isEmpty();
        assertThat(param(run(r, "S1"), "site")).isEqualTo("Zürich");
        assertThat(param(run(r, "S2"), "site")).isEqualTo("Besançon 北京");
        assertThat(SheetImporter.preview(file, ReadOptions.DETECT, 5).problems()).isEmpty();
    }

    @Test
    void oldMacCarriageReturnsEndLines() throws IOException {
        Path file = write("cr.csv", new byte[0], rnaseq().replace('\n', '\r'), StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.runs()).hasSize(7);
        assertThat(r.runLines().get(3)).containsExactly(5);
    }

    @Test
    void semicolonExportWithDecimalCommasIsSniffed() throws IOException {
        Path file = write("de.csv", new byte[0], "Probe;Konzentration;fastq_1\nS1;1,5;s3://lab/S1.fq.gz\nS2;2,25;s3://lab/S2.fq.gz\n",
                StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.layout().delimiter()).isEqualTo(';');
        assertThat(param(r.runs().get(1), "Konzentration")).isEqualTo("2,25");
    }

    @Test
    void tabsWinOverACommaInEveryDescription() throws IOException {
        Path file = write("described.txt", new byte[0], "sample\tdescription\tfastq_1\nS1\tliver, left lobe\ts3://lab/S1.fq.gz\n"
                + "S2\tliver, right lobe\ts3://lab/S2.fq.gz\n", StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.layout().delimiter()).isEqualTo('\t');
        assertThat(param(run(r, "S2"), "description")).isEqualTo("liver, right lobe");
    }

    @Test
    void delimiterCanBeForced() throws IOException {
        Path file = write("pipe.txt", new byte[0], "sample|fastq_1\nS1|s3://lab/a,b.fq.gz\n", StandardCharsets.UTF_8);
        SheetImport r = SheetImporter.importSheet(file, ImportOptions.defaults().withRead(
                ReadOptions.DETECT.withDelimiter(ReadOptions.parseDelimiter("pipe"))), Progress.NONE);
        assertThat(param(run(r, "S1"), "fastq_1")).isEqualTo("s3://lab/a,b.fq.gz");
    }

    @Test
    void blankLinesAndTrailingEmptyColumnsAreIgnored() throws IOException {
        Path file = write("gaps.csv", new byte[0], "sample,fastq_1,,\n\nS1,s3://lab/S1.fq.gz,,\n,,,\n\nS2,s3://lab/S2.fq.gz,,\n",
                StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.header()).containsExactly("sample", "fastq_1");
        assertThat(r.problems()).isEmpty();
        assertThat(r.runLines()).extracting(l -> l[0]).containsExactly(3, 6);
    }

    @Test
    void emptyFileIsOneProblemNotACrash() throws IOException {
        Path file = write("empty.csv", new byte[0], "\n\n", StandardCharsets.UTF_8);
        assertThat(errors(importSheet(file))).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(errors(importSheet(dir.resolve("missing.csv")))).singleElement()
                .satisfies(p -> assertThat(p.format()).isEqualTo("missing.csv: cannot read the file: no such file"));
    }

    @Test
    void headerWithoutRowsIsWarned() throws IOException {
        Path file = write("header-only.csv", new byte[0], "sample,fastq_1\n", StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.runs()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.format())
                .isEqualTo("header-only.csv:1: warning: the sheet has a header but no data rows"));
    }

    @Test
    void binaryFilesGiveProblemsNeverExceptions() throws IOException {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[2000 + random.nextInt(5000)];
            random.nextBytes(bytes);
            Path file = dir.resolve("noise-" + i + ".csv");
            Files.write(file, bytes);
            SheetImport r = importSheet(file);
            assertThat(r.problems()).as("noise %d", i).isNotEmpty();
        }
        SheetImport gz = importSheet(Path.of("src/test/resources/service-model/omics-2022-11-28-service-2.json.gz"));
        assertThat(gz.problems()).isNotEmpty();
    }

    @Test
    void previewShowsFirstRowsAndWhatWasDetected() {
        SheetPreview p = SheetImporter.preview(sheet("nf-core-test-datasets_testdata_NextSeq2000_SampleSheet.csv"),
                ReadOptions.DETECT, 3);
        assertThat(p.rows()).hasSize(3);
        assertThat(p.rows().get(0).line()).isEqualTo(25);
        assertThat(p.layout().format()).isEqualTo(SheetFormat.ILLUMINA_V2);
        assertThat(p.layout().delimiterLabel()).isEqualTo("comma");
        assertThat(p.layout().encoding()).isEqualTo("UTF-8");
        assertThat(p.layout().sections()).contains("BCLConvert_Data", "Cloud_Data");
    }

    @Test
    void oneColumnWithAWordOnTopHasAHeader() throws IOException {
        Path file = write("ids.csv", new byte[0], "sample\nS1\nS2\n", StandardCharsets.UTF_8);
        SheetImport r = importSheet(file);
        assertThat(r.layout().headerless()).isFalse();
        assertThat(r.header()).containsExactly("sample");
        assertThat(ids(r)).containsExactly("S1", "S2");
    }

    @Test
    void progressCountsBytesOfTheFile() throws IOException {
        Path terra = sheet("broadinstitute-fiss_firecloud_tests_samples.tsv");
        java.util.List<long[]> updates = new java.util.ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        SheetImporter.importSheet(terra, ImportOptions.defaults(), recording);
        assertThat(updates).hasSizeGreaterThan(1);
        assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(Files.size(terra)));
        assertThat(updates.get(updates.size() - 1)[0]).isEqualTo(Files.size(terra));
    }

    @Test
    void cancellingStopsTheImport() {
        Progress cancelAtFirstReport = new Progress() {
            private boolean reported;

            @Override
            public void update(long done, long total, String message) {
                reported = true;
            }

            @Override
            public boolean isCancelled() {
                return reported;
            }
        };
        Path terra = sheet("broadinstitute-fiss_firecloud_tests_samples.tsv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SheetImporter.importSheet(terra, ImportOptions.defaults(),
                cancelAtFirstReport)).isInstanceOf(Progress.Cancelled.class);
    }
}
