package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.ProblemKind;
import org.omicsbatch.plan.Provenance;
import org.omicsbatch.sandbox.Catalog;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.ui.components.runs.RunTableModel;
import org.omicsbatch.ui.testing.Drops;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole wizard in one app window against the embedded sandbox, as a researcher walks it:
 * connect, pick nf-core-fastqc, fill the run defaults and shared parameters, drop the fastqc sample
 * sheet on the runs table and accept the import dialog, paste each run's input from a spreadsheet,
 * edit a cell and undo it, make a mistake, meet it in Review, click it, fix it in the cell it leads to,
 * and export for the AWS CLI. The assertions read the exported files and the table's model.
 */
class WholeWizardTest {
    private static final String SHEET =
            "/samplesheets/aws-samples-amazon-omics-tutorials_nf-core_fastqc_samplesheet-template.csv";
    private static final List<String> SAMPLES = List.of("SAMPLE1_PE", "SAMPLE2_PE", "SAMPLE3_SE");
    @TempDir
    Path home;
    @TempDir
    Path exportFolder;
    private SandboxApp app;

    @BeforeEach
    void openTheApp() throws Exception {
        app = new SandboxApp(home, SandboxOptions.defaults().withSpeed(40)).open();
    }

    @AfterEach
    void closeTheApp() {
        app.close();
    }

    @Test
    void walksEveryStepFromConnectionToAnExportForTheAwsCli() throws Exception {
        app.connectToTheSandbox();
        // the sandbox's three private workflows, listed once ListWorkflows answered
        SandboxApp.waitUntil(30, () -> app.enabledWorkflowCells() == 3);
        app.pickFastqc();
        app.fillRunDefaults();
        app.fillSharedParameters();

        // Runs: the sheet dropped on the table opens the import dialog, which shows the grouping first
        Path sheet = Path.of(getClass().getResource(SHEET).toURI());
        TableView<?> table = app.robot.lookup("#runs-table").queryTableView();
        Drops.Outcome drop = app.onFx(() -> Drops.drop(table, List.of(sheet.toFile())));
        assertThat(drop).isEqualTo(new Drops.Outcome(true, true));
        SandboxApp.waitUntil(30, () -> app.robot.lookup("#sheet-import-accept").tryQuery()
                .map(b -> !b.isDisabled()).orElse(false));
        assertThat(app.text("#sheet-import-summary")).startsWith("3 runs from 4 rows");
        app.robot.clickOn("#sheet-import-accept");
        RunTableModel model = app.runsAndReview().runs().model();
        SandboxApp.waitUntil(30, () -> app.runsAndReview().runs().runCountProperty().get() == 3);
        assertThat(List.of(model.get(0, 0), model.get(1, 0), model.get(2, 0))).isEqualTo(SAMPLES);
        // nf-core-fastqc takes `input` = a sample sheet: the dialog gave each run its own (the draft has
        // no file yet, so they are in the app's folder), with the sheet's header and that sample's rows
        int input = model.columnIndex("param:input");
        Path ownSheets = home.resolve("run-sheets").resolve(sheet.getFileName().toString().replace(".csv", "-runs"));
        for (int i = 0; i < SAMPLES.size(); i++) {
            Path own = ownSheets.resolve(SAMPLES.get(i) + ".csv");
            assertThat(model.get(i, input)).isEqualTo("file:" + own.toAbsolutePath().toString().replace('\\', '/'));
            String sample = SAMPLES.get(i);
            assertThat(Files.readAllLines(own)).isEqualTo(Files.readAllLines(sheet).stream()
                    .filter(l -> l.startsWith("sample,") || l.startsWith(sample + ",")).toList());
        }

        // Each run's own sheet already in S3, as a column copied from a spreadsheet
        app.pasteAt(0, "param:input", String.join("\n", SAMPLES.stream().map(WholeWizardTest::sheetOf).toList()) + "\n");
        assertThat(List.of(model.get(0, input), model.get(1, input), model.get(2, input)))
                .isEqualTo(SAMPLES.stream().map(WholeWizardTest::sheetOf).toList());

        // An edit, undone with Ctrl+Z
        int name = model.columnIndex("name");
        app.typeIntoCell(0, "name", "fastqc-first");
        assertThat(model.get(0, name)).isEqualTo("fastqc-first");
        app.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.get(0, name)).isNull();

        // A mistake, listed in Review; clicking it leads back to its cell, where it is fixed
        app.typeIntoCell(2, "priority", "urgent");
        app.nextToReview();
        var review = app.runsAndReview().review();
        Problem urgent = app.onFx(() -> review.problems().stream().filter(Problem::isError).findFirst().orElseThrow());
        assertThat(urgent.runIndex()).isEqualTo(2);
        assertThat(urgent.message()).contains("\"urgent\" is not a whole number");
        assertThat(app.robot.lookup("#review-submit").queryButton().isDisabled()).isTrue();
        ListCell<?> cell = app.robot.lookup("#review-problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof ProblemKind k && urgent.equals(k.first())).findFirst().orElseThrow();
        app.robot.clickOn(cell);
        SandboxApp.waitUntil(10, () -> app.text("#step-title").equals("Runs"));
        TableView<Integer> runs = app.robot.lookup("#runs-table").queryTableView();
        SandboxApp.waitUntil(10, () -> runs.getFocusModel().getFocusedCell().getRow() == 2
                && Integer.valueOf(model.columnIndex("priority"))
                        .equals(runs.getFocusModel().getFocusedCell().getTableColumn().getUserData()));
        app.robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        app.robot.eraseText(6).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.get(2, model.columnIndex("priority"))).isEqualTo("7");

        // Review again: no errors, the merged settings, then the export
        app.nextToReview();
        assertThat(app.onFx(() -> review.problems().stream().noneMatch(Problem::isError))).isTrue();
        assertThat(app.robot.lookup("#review-submit").queryButton().isDisabled()).isFalse();
        var merged = app.onFx(() -> review.run(1));
        assertThat(merged.settings().parameters().get("fasta").textValue()).isEqualTo(SandboxApp.FASTA);
        assertThat(merged.parameterProvenance().get("fasta")).isEqualTo(Provenance.DEFAULT);
        assertThat(merged.parameterProvenance().get("input")).isEqualTo(Provenance.RUN);
        assertThat(app.text("#review-counts")).startsWith("3 runs");

        app.robot.interact(() -> review.exportTo(exportFolder));
        Path requestFile = exportFolder.resolve("start-run-batch.json");
        SandboxApp.waitUntil(30, () -> Files.exists(requestFile) && review.statusProperty().get().startsWith("Wrote"));
        JsonNode request = Json.mapper().readTree(requestFile.toFile());
        JsonNode defaults = request.path("defaultRunSetting");
        assertThat(defaults.path("workflowId").asText()).isEqualTo(Catalog.FASTQC_ID);
        assertThat(defaults.path("roleArn").asText()).isEqualTo(SandboxApp.ROLE);
        assertThat(defaults.path("outputUri").asText()).isEqualTo(SandboxApp.OUTPUT);
        assertThat(defaults.path("parameters").path("fasta").asText()).isEqualTo(SandboxApp.FASTA);
        assertThat(defaults.path("parameters").path("ecr_registry").asText()).isEqualTo(SandboxApp.ECR);
        JsonNode inline = request.path("batchRunSettings").path("inlineSettings");
        assertThat(inline).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(inline.get(i).path("runSettingId").asText()).isEqualTo(SAMPLES.get(i));
            assertThat(inline.get(i).path("parameters").path("input").asText()).isEqualTo(sheetOf(SAMPLES.get(i)));
            assertThat(inline.get(i).path("parameters").has("fasta")).as("shared, given once as a default").isFalse();
        }
        assertThat(inline.get(0).has("name")).as("the undone edit is not in the request").isFalse();
        assertThat(inline.get(2).path("priority").asInt()).isEqualTo(7);
        assertThat(review.statusProperty().get()).contains("aws omics start-run-batch --cli-input-json file://");
    }

    /** Where a sample's own nf-core sheet would sit in the account. */
    static String sheetOf(String sample) {
        return "s3://omics-sandbox-data/samplesheets/" + sample + ".csv";
    }
}
