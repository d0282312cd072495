package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.samplesheet.Sheets.*;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.InlineSetting;

/** The sheets in {@code bad/}: every problem names its file, physical line and column. */
class BadSheetsTest {

    private static SheetProblem only(List<SheetProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void reportsUnbalancedQuoteAtTheLineWhereItOpens() {
        SheetImport r = importSheet(BAD.resolve("unbalanced-quote.csv"));
        SheetProblem p = errors(r).stream().filter(e -> e.message().contains("never closed")).findFirst().orElseThrow();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.format()).startsWith("unbalanced-quote.csv:3: ");
        assertThat(r.runs()).extracting(InlineSetting::runSettingId).containsExactly("S1", "S2");
    }

    @Test
    void warnsAboutTextAfterAClosingQuote() {
        SheetImport r = importSheet(BAD.resolve("text-after-quote.csv"));
        assertNoErrors(r);
        SheetProblem p = only(r.problems());
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("closing quote", "doubled");
        assertThat(param(run(r, "S1"), "description")).isEqualTo("5 core biopsy\"");
        assertThat(param(run(r, "S2"), "description")).isEqualTo("left \"lobe\"");
    }

    @Test
    void reportsRaggedRowsShortAsWarningLongAsError() {
        SheetImport r = importSheet(BAD.resolve("ragged-rows.csv"));
        SheetProblem error = only(errors(r));
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.message()).contains("5 values", "4 columns", "s3://lab/extra.fq.gz");
        SheetProblem warning = r.problems().stream().filter(p -> !p.isError()).findFirst().orElseThrow();
        assertThat(warning.line()).isEqualTo(3);
        assertThat(warning.column()).isEqualTo("fastq_2");
        assertThat(r.runs()).as("no row dropped").hasSize(4);
    }

    @Test
    void rejectsDuplicateRunSettingIdWithBothLineNumbers() {
        SheetProblem p = only(errors(importSheet(BAD.resolve("duplicate-id.csv"))));
        assertThat(p.format()).isEqualTo("duplicate-id.csv:5: column \"sample\": runSettingId \"S1\" is already used on line 2"
                + " (and again on line 5); ids must be unique in a batch (to make one run of several rows, use --group-by)");
    }

    @Test
    void rejectsPriorityOutsideZeroToHundredThousand() {
        SheetImport r = importSheet(BAD.resolve("priority-out-of-range.csv"));
        assertThat(errors(r)).extracting(SheetProblem::line).containsExactly(3, 4, 5);
        assertThat(errors(r)).allSatisfy(p -> assertThat(p.column()).isEqualTo("priority"));
        assertThat(errors(r).get(1).format()).isEqualTo(
                "priority-out-of-range.csv:4: column \"priority\": \"high\" is not an integer (priority 0–100000)");
        assertThat(run(r, "S5").priority()).isEqualTo(100000);
        assertThat(run(r, "S1").priority()).isEqualTo(10);
    }

    @Test
    void rejectsRunSettingIdLongerThan128() {
        SheetProblem p = only(errors(importSheet(BAD.resolve("id-too-long.csv"))));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("sample");
        assertThat(p.message()).contains("129 characters", "at most 128");
    }

    @Test
    void rejectsControlCharactersInIdsCountingQuotedLineBreaks() {
        List<SheetProblem> errors = errors(importSheet(BAD.resolve("id-control-characters.csv")));
        assertThat(errors).extracting(SheetProblem::line).containsExactly(3, 4, 6);
        assertThat(errors).allSatisfy(p -> assertThat(p.column()).isEqualTo("sample"));
        assertThat(errors.get(0).message()).contains("U+0009 (tab)");
        assertThat(errors.get(1).message()).contains("line break");
        assertThat(errors.get(2).message()).contains("U+0007");
    }

    @Test
    void reportsEmptyRequiredCellButNotEmptyOptionalOnes() {
        SheetImport r = importSheet(BAD.resolve("empty-required-cells.csv"));
        SheetProblem p = only(errors(r));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("sample");
        assertThat(run(r, "S3").parameters().has("fastq_1")).isFalse();
    }

    @Test
    void valuesThatDoNotFitTheirTypeAreProblemsNotStrings() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId")
                .withArgument("read_length=param:read_length:int").withArgument("min_quality=param:min_quality:number")
                .withArgument("paired=param:paired:bool").withArgument("options=param:options:json")
                .withArgument("lanes=param:lanes:list");
        SheetImport r = importSheet(BAD.resolve("typed-values.csv"), m);
        assertThat(errors(r)).extracting(SheetProblem::line).containsOnly(3);
        assertThat(errors(r)).extracting(SheetProblem::column)
                .containsExactly("read_length", "min_quality", "paired", "options", "lanes");
        InlineSetting s1 = run(r, "S1");
        assertThat(s1.parameters().toString()).isEqualTo(
                "{\"read_length\":150,\"min_quality\":20.5,\"paired\":true,\"options\":{\"trim\":true},\"lanes\":[\"L001\",\"L002\"]}");
        assertThat(run(r, "S3").parameters().toString()).isEqualTo(
                "{\"read_length\":100,\"min_quality\":1E+3,\"paired\":false,\"options\":[1,2],\"lanes\":[\"L003\"]}");
    }

    @Test
    void countsQuotedNewlinesInLineNumbers() {
        SheetImport r = importSheet(BAD.resolve("quoted-newlines.csv"));
        SheetProblem p = only(errors(r));
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.message()).contains("line 2");
        assertThat(r.runLines()).extracting(lines -> lines[0]).containsExactly(2, 4, 5, 8);
        assertThat(param(run(r, "S2"), "note")).isEqualTo("a \"quoted\" word");
        assertThat(param(r.runs().get(0), "note")).isEqualTo("first line\nsecond line");
        assertThat(r.problems().stream().filter(w -> !w.isError())).extracting(SheetProblem::line, SheetProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "note"), org.assertj.core.groups.Tuple.tuple(5, "note"));
    }

    @Test
    void groupWithTwoOutputUrisNamesTheSecondLine() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withArgument("fastq_1=param:fastq_1")
                .withArgument("outdir=outputUri").withGroupBy("sample");
        SheetImport r = importSheet(BAD.resolve("group-conflict.csv"), m);
        SheetProblem p = only(errors(r));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("outdir");
        assertThat(p.message()).contains("s3://lab/out/other/", "line 2");
        assertThat(r.runs()).hasSize(2);
    }

    @Test
    void commentLinesAreSkippedAndOnesAmongRowsAreWarned() {
        SheetImport r = importSheet(BAD.resolve("comment-lines.csv"));
        assertNoErrors(r);
        assertThat(r.layout().headerLine()).isEqualTo(2);
        assertThat(ids(r)).containsExactly("S1", "S3");
        assertThat(only(r.problems()).line()).isEqualTo(4);
    }

    @Test
    void checksOutputUriAndBucketOwner() {
        ColumnMapping m = ColumnMapping.empty().withArgument("sample=runSettingId").withArgument("outdir=outputUri")
                .withArgument("owner=outputBucketOwnerId");
        List<SheetProblem> errors = errors(importSheet(BAD.resolve("run-fields.csv"), m));
        assertThat(errors).extracting(SheetProblem::line).containsExactly(2, 3);
        assertThat(errors).extracting(SheetProblem::column).containsExactly("outdir", "owner");
    }

    @Test
    void moreThanHundredThousandRunsIsOneProblemAtTheFirstRunTooMany(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("sample,fastq_1\n");
            for (int i = 1; i <= 100_001; i++) {
                w.write("S" + i + ",s3://lab/S" + i + ".fq.gz\n");
            }
        }
        SheetImport r = importSheet(file);
        SheetProblem p = only(errors(r));
        assertThat(p.line()).isEqualTo(100_002);
        assertThat(p.message()).contains("more than 100000 runs");
        assertThat(r.runs()).hasSize(100_000);
        assertThat(r.rowCount()).isEqualTo(100_001);
    }

    @Test
    void capsProblemsAndCountsTheRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dups.csv");
        StringBuilder s = new StringBuilder("sample\n");
        for (int i = 0; i < 30; i++) {
            s.append("same\n");
        }
        Files.writeString(file, s);
        SheetImport r = SheetImporter.importSheet(file, ImportOptions.defaults().withProblemCap(10),
                org.omicsbatch.task.Progress.NONE);
        assertThat(r.problems()).hasSize(11);
        assertThat(r.errorCount()).isEqualTo(29);
        assertThat(r.problems().get(10).message()).startsWith("19 more problems not shown");
    }
}
