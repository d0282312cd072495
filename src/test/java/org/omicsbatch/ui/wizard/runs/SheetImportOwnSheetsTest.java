package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.samplesheet.SheetImport;
import org.omicsbatch.ui.task.DirectTaskExecutor;

/**
 * "Each run gets its own sample sheet, passed as parameter input": the import dialog's form of the
 * command line's --group-by sample --group-sheet input, on real nf-core sheets and templates.
 */
class SheetImportOwnSheetsTest {
    private static final String RNASEQ_SHEET = "/ui/nf-core-rnaseq_assets_samplesheet.csv";
    private static final String FASTQC_SHEET =
            "/samplesheets/aws-samples-amazon-omics-tutorials_nf-core_fastqc_samplesheet-template.csv";
    @TempDir
    Path draftFolder;
    @TempDir
    Path home;

    @Test
    void anNfCoreSheetGivesOneRunPerSampleWhoseInputIsASheetOfExactlyItsRowsUnderTheOriginalHeader() throws Exception {
        Path sheet = resource(RNASEQ_SHEET);
        SheetImportViewModel dialog = open(sheet, template("nf-core-rnaseq"), draftFolder);
        // suggested because the workflow takes `input` and no column fills it
        assertThat(dialog.runSheets().modeProperty().get()).isEqualTo(RunSheetChoice.Mode.OWN_SHEET);
        assertThat(dialog.runSheets().parameterProperty().get()).isEqualTo("input");
        assertThat(dialog.groupByProperty().get()).isEqualTo("sample");

        SheetImport imported = accept(dialog);

        List<String> original = Files.readAllLines(sheet);
        assertThat(imported.runs()).extracting(InlineSetting::runSettingId).containsExactly("control_REP1", "control_REP2",
                "control_REP3", "treatment_REP1", "treatment_REP2", "treatment_REP3");
        for (InlineSetting run : imported.runs()) {
            String input = run.parameters().path("input").asText();
            assertThat(input).isEqualTo("file:nf-core-rnaseq_assets_samplesheet-runs/" + run.runSettingId() + ".csv");
            List<String> expected = new ArrayList<>(List.of(original.get(0)));
            original.stream().filter(l -> l.startsWith(run.runSettingId() + ",")).forEach(expected::add);
            assertThat(Files.readAllLines(draftFolder.resolve(input.substring("file:".length()))))
                    .as(run.runSettingId()).isEqualTo(expected);
        }
        // the sample sequenced on two lanes: both rows in its one sheet
        assertThat(Files.readAllLines(draftFolder.resolve("nf-core-rnaseq_assets_samplesheet-runs/treatment_REP3.csv")))
                .hasSize(3);
    }

    @Test
    void thePreviewShowsWhichRowsGoToWhichRunAndWhereItsSheetWillBe() throws Exception {
        SheetImportViewModel dialog = open(resource(RNASEQ_SHEET), template("nf-core-rnaseq"), draftFolder);
        assertThat(dialog.runRows()).hasSize(6);
        RunOfRows last = dialog.runRows().get(5);
        assertThat(last.run()).isEqualTo("treatment_REP3");
        assertThat(last.lines()).isEqualTo("7, 8");
        assertThat(last.sheet()).isEqualTo("file:nf-core-rnaseq_assets_samplesheet-runs/treatment_REP3.csv");
        // nothing is written beside the draft until the user imports
        assertThat(draftFolder).isEmptyDirectory();
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        SheetImportViewModel dialog = open(resource(FASTQC_SHEET), template("nf-core-fastqc"), draftFolder);
        assertThat(dialog.runRows()).extracting(RunOfRows::run).containsExactly("SAMPLE1_PE", "SAMPLE2_PE", "SAMPLE3_SE");
        dialog.close();
        assertThat(draftFolder).isEmptyDirectory();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void aDraftNotSavedYetGetsItsSheetsInTheAppFolderWithAbsolutePaths() throws Exception {
        SheetImport imported = accept(open(resource(FASTQC_SHEET), template("nf-core-fastqc"), null));
        Path folder = home.resolve("run-sheets/aws-samples-amazon-omics-tutorials_nf-core_fastqc_samplesheet-template-runs");
        assertThat(imported.runs()).extracting(r -> r.parameters().path("input").asText()).containsExactly(
                "file:" + folder.resolve("SAMPLE1_PE.csv").toAbsolutePath().toString().replace('\\', '/'),
                "file:" + folder.resolve("SAMPLE2_PE.csv").toAbsolutePath().toString().replace('\\', '/'),
                "file:" + folder.resolve("SAMPLE3_SE.csv").toAbsolutePath().toString().replace('\\', '/'));
        assertThat(Files.readAllLines(folder.resolve("SAMPLE3_SE.csv"))).hasSize(3).first().isEqualTo("sample,fastq_1,fastq_2");
    }

    @Test
    void aFolderThatCannotBeWrittenImportsNothingAndSaysWhy() throws Exception {
        Path blocked = draftFolder.resolve("nf-core-rnaseq_assets_samplesheet-runs");
        Files.writeString(blocked, "a file where the folder should go");
        SheetImportViewModel dialog = open(resource(RNASEQ_SHEET), template("nf-core-rnaseq"), draftFolder);
        AtomicReference<SheetImport> kept = new AtomicReference<>();
        AtomicReference<String> problem = new AtomicReference<>();
        dialog.accept(kept::set, problem::set);
        assertThat(kept.get()).isNull();
        assertThat(problem.get()).startsWith("Not imported: ").contains("could not write this run's sample sheet");
    }

    @Test
    void rowsAsValuesGiveNoSheetAndNoInput() throws Exception {
        SheetImportViewModel dialog = open(resource(FASTQC_SHEET), template("nf-core-fastqc"), draftFolder);
        dialog.runSheets().modeProperty().set(RunSheetChoice.Mode.VALUES);
        dialog.reimport();
        SheetImport imported = accept(dialog);
        assertThat(imported.runs()).allSatisfy(r -> assertThat(r.parameters() == null || !r.parameters().has("input")).isTrue());
        assertThat(draftFolder).isEmptyDirectory();
    }

    @Test
    void anEmptyParameterIsAProblemNotACrash() throws Exception {
        SheetImportViewModel dialog = open(resource(FASTQC_SHEET), template("nf-core-fastqc"), draftFolder);
        dialog.runSheets().parameterProperty().set(" ");
        dialog.reimport();
        assertThat(dialog.canAccept()).isFalse();
        assertThat(dialog.problems()).anySatisfy(p -> assertThat(p.message()).contains("parameter that receives"));
    }

    private SheetImportViewModel open(Path sheet, JsonNode template, Path folder) {
        SheetImportViewModel dialog = new SheetImportViewModel(sheet, template, folder, home, new DirectTaskExecutor());
        dialog.setPublisher(Runnable::run);
        dialog.load();
        return dialog;
    }

    private static SheetImport accept(SheetImportViewModel dialog) {
        AtomicReference<SheetImport> kept = new AtomicReference<>();
        dialog.accept(kept::set, problem -> { throw new AssertionError(problem); });
        dialog.close();
        assertThat(kept.get()).isNotNull();
        assertThat(kept.get().errorCount()).isZero();
        return kept.get();
    }

    static JsonNode template(String workflow) throws Exception {
        try (var in = SheetImportOwnSheetsTest.class.getResourceAsStream(
                "/org/omicsbatch/sandbox/workflows/" + workflow + ".parameter-template.json")) {
            return Json.mapper().readTree(in);
        }
    }

    static Path resource(String name) throws Exception {
        return Path.of(SheetImportOwnSheetsTest.class.getResource(name).toURI());
    }
}
