package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.samplesheet.SheetImport;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog on a real stage (headless) with the nf-core rnaseq sheet and workflow: it offers
 * each run its own sample sheet as {@code input}, shows which rows go to which run and where the
 * sheets go, switches to values and back, and on Import writes the sheets beside the draft.
 */
class SheetImportDialogFxTest {
    private static final String SHEETS = "nf-core-rnaseq_assets_samplesheet-runs";
    @TempDir
    Path scratch;
    /** A folder of a stable name: the screenshot shows it. */
    Path draftFolder;
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<SheetImport> kept = new AtomicReference<>();
    private SheetImportViewModel model;
    private SheetImportDialog dialog;

    @BeforeEach
    void openTheDialog() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        draftFolder = java.nio.file.Files.createDirectories(scratch.resolve("rnaseq-drafts"));
        Screenshots.theme(robot, false);
        Path sheet = SheetImportOwnSheetsTest.resource("/ui/nf-core-rnaseq_assets_samplesheet.csv");
        model = new SheetImportViewModel(sheet, SheetImportOwnSheetsTest.template("nf-core-rnaseq"), draftFolder, home,
                new UiTaskExecutor());
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            dialog = new SheetImportDialog(model, stage);
            dialog.dialog().setX(0);
            dialog.dialog().setY(0);
            dialog.open(() -> model.accept(kept::set, problem -> { }));
        });
        waitUntil(this::canImport);
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> dialog.dialog().close());
        FxToolkit.cleanupStages();
    }

    @Test
    void offersEachRunItsOwnSheetAsInputShowsWhichRowsGoWhereAndWritesThemOnImport() throws Exception {
        Screenshots.save(robot, dialog.dialog().getDialogPane().getScene(), "import-own-sheets-light");
        Screenshots.theme(robot, true);
        Screenshots.save(robot, dialog.dialog().getDialogPane().getScene(), "import-own-sheets-dark");
        Screenshots.theme(robot, false);
        RadioButton ownSheet = robot.lookup("#sheet-import-own-sheet").query();
        ComboBox<String> parameter = robot.lookup("#sheet-import-sheet-parameter").queryComboBox();
        assertThat(ownSheet.isSelected()).isTrue();
        assertThat(parameter.getValue()).isEqualTo("input");
        assertThat(parameter.getItems()).contains("input", "genome");
        assertThat(robot.lookup("#sheet-import-summary").queryLabeled().getText()).startsWith("6 runs from 7 rows");
        TableView<RunOfRows> runs = robot.lookup("#sheet-import-runs").queryTableView();
        assertThat(runs.getItems()).hasSize(6);
        assertThat(runs.getColumns().get(2).isVisible()).isTrue();
        assertThat(runs.getColumns().get(2).getText()).isEqualTo("input (its own sheet)");
        // rendered, not only in the model: the two lanes of one sample and its sheet's name
        robot.interact(() -> runs.scrollTo(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellShowing("7, 8")).isTrue();
        assertThat(cellShowing("file:" + SHEETS + "/treatment_REP3.csv")).isTrue();
        Labeled where = robot.lookup("#sheet-import-sheets-folder").queryLabeled();
        assertThat(where.isVisible()).isTrue();
        assertThat(where.getText()).contains("\u2026" + java.io.File.separator + "rnaseq-drafts" + java.io.File.separator + SHEETS);
        assertThat(where.getTooltip().getText()).isEqualTo(draftFolder.resolve(SHEETS).toAbsolutePath().toString());

        robot.clickOn("#sheet-import-rows-as-values");
        waitUntil(() -> canImport() && model.resultProperty().get().mapping().groupSheet() == null);
        assertThat(runs.getColumns().get(2).isVisible()).isFalse();
        assertThat(parameter.isDisabled()).isTrue();
        var first = model.resultProperty().get().runs().get(0);
        assertThat(first.parameters() == null || !first.parameters().has("input")).isTrue();

        robot.clickOn("#sheet-import-own-sheet");
        waitUntil(() -> canImport() && "input".equals(model.resultProperty().get().mapping().groupSheet()));
        assertThat(draftFolder).as("nothing written before Import").isEmptyDirectory();

        robot.clickOn("#sheet-import-accept");
        waitUntil(() -> kept.get() != null);
        assertThat(kept.get().runs().get(5).parameters().path("input").asText())
                .isEqualTo("file:" + SHEETS + "/treatment_REP3.csv");
        assertThat(Files.readAllLines(draftFolder.resolve(SHEETS).resolve("treatment_REP3.csv")))
                .containsExactly("sample,fastq_1,fastq_2,strandedness",
                        "treatment_REP3,/path/to/fastq/files/AEG588A6_S6_L003_R1_001.fastq.gz,,forward",
                        "treatment_REP3,/path/to/fastq/files/AEG588A6_S6_L004_R1_001.fastq.gz,,forward");
    }

    private boolean canImport() {
        return robot.lookup("#sheet-import-accept").tryQuery().map(b -> !b.isDisabled()).orElse(false)
                && !model.busyProperty().get();
    }

    private boolean cellShowing(String text) {
        return robot.lookup("#sheet-import-runs").lookup((Node n) -> n instanceof TableCell<?, ?> c && c.isVisible()
                && text.equals(c.getText())).tryQuery().isPresent();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
