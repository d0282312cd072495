package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.samplesheet.MiniXlsx.*;
import static org.omicsbatch.samplesheet.Sheets.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.task.Progress;

/** Excel workbooks: first sheet or a named one, cells as a person sees them, rows as Excel numbers them. */
class XlsxSheetTest {
    @TempDir
    Path dir;

    private Path workbook() throws IOException {
        Path file = dir.resolve("samples.xlsx");
        String samples = row(1, text("A1", "sample"), text("B1", "reads"), text("C1", "collected"), text("D1", "paired"),
                text("E1", "fastq_1"), text("F1", "ratio"))
                + row(2, text("A2", "S1"), number("B2", "10000000"), date("C2", "45352"), bool("D2", true),
                        text("E2", "s3://lab/S1.fq.gz"), number("F2", "0.1"))
                // row 3 is empty in Excel: no <row> element at all
                + row(4, number("A4", "2612"), number("B4", "1.5E7"), date("C4", "45352.5"), bool("D4", false),
                        text("E4", "s3://lab/2612.fq.gz"), number("F4", "12.50"))
                + row(5, text("A5", "S5"), number("B5", "1"), styled("C5", "45352", 2), bool("D5", true),
                        text("E5", "s3://lab/S5.fq.gz"), styled("F5", "45352.75", 3));
        String second = row(1, text("A1", "id")) + row(2, text("A2", "other"));
        MiniXlsx.write(file, new String[] {"Samples", "Other"}, new String[] {samples, second});
        return file;
    }

    @Test
    void readsFirstSheetWithNumbersAndDatesAsWritten() throws IOException {
        SheetImport r = importSheet(workbook());
        assertNoErrors(r);
        assertThat(r.layout().format()).isEqualTo(SheetFormat.XLSX);
        assertThat(r.layout().section()).isEqualTo("Samples");
        assertThat(r.layout().sections()).containsExactly("Samples", "Other");
        assertThat(ids(r)).containsExactly("S1", "2612", "S5");
        assertThat(param(run(r, "S1"), "reads")).isEqualTo("10000000");
        assertThat(param(run(r, "2612"), "reads")).isEqualTo("15000000");
        assertThat(param(run(r, "S1"), "collected")).isEqualTo("2024-03-01");
        assertThat(param(run(r, "2612"), "collected")).isEqualTo("2024-03-01 12:00:00");
        assertThat(param(run(r, "S1"), "paired")).isEqualTo("TRUE");
        assertThat(param(run(r, "S1"), "ratio")).isEqualTo("0.1");
        assertThat(param(run(r, "2612"), "ratio")).isEqualTo("12.5");
        assertThat(r.runLines().get(1)).as("Excel's row number").containsExactly(4);
        assertThat(param(run(r, "S5"), "collected")).as("custom format as written").isEqualTo("01.03.2024");
        assertThat(param(run(r, "S5"), "ratio")).isEqualTo("1 of March 2024 6:00 PM");
    }

    @Test
    void sectionChoosesASheetByName() throws IOException {
        SheetImport r = SheetImporter.importSheet(workbook(), ImportOptions.defaults().withRead(
                ReadOptions.DETECT.withSection("other")), Progress.NONE);
        assertThat(ids(r)).containsExactly("other");
        SheetImport missing = SheetImporter.importSheet(workbook(), ImportOptions.defaults().withRead(
                ReadOptions.DETECT.withSection("Nope")), Progress.NONE);
        assertThat(errors(missing)).singleElement().satisfies(p -> assertThat(p.message()).contains("Samples, Other"));
    }

    @Test
    void damagedWorkbookIsAProblemNotACrash() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(errors(importSheet(file))).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("broken.xlsx: cannot read the file"));
    }

    @Test
    void excelDateFormatsBecomeJavaPatterns() {
        assertThat(ExcelDates.javaPattern("yyyy\\-mm\\-dd")).isEqualTo("yyyy'-'MM'-'dd");
        assertThat(ExcelDates.javaPattern("[$-409]m/d/yy h:mm:ss;@")).isEqualTo("M'/'d'/'yy' 'H':'mm':'ss");
        assertThat(ExcelDates.javaPattern("mm:ss")).isEqualTo("mm':'ss");
        assertThat(ExcelDates.javaPattern("0.00")).isNull();
    }
}
