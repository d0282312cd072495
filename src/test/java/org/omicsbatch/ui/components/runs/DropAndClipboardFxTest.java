package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.ui.testing.Drops;
import org.omicsbatch.ui.testing.Pulses;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The runs table's two doors for outside data, through the handlers it registers: a file dropped on
 * it (a real DragEvent with a Dragboard) and Ctrl+V of a block from the system clipboard.
 */
class DropAndClipboardFxTest {
    private final FxRobot robot = new FxRobot();
    private final List<Path> dropped = new ArrayList<>();
    private RunTableEditor editor;
    private RunTableView view;
    private int input;

    @BeforeEach
    void showTheTable() throws Exception {
        FxToolkit.registerPrimaryStage();
        org.omicsbatch.ui.testing.Screenshots.theme(robot, false); // the app's theme defines the table's colours
        view = TableOnScreen.show(robot, () -> {
            editor = new RunTableEditor(new RunTableModel());
            input = editor.addColumn(RunColumn.parameter("input", RunColumn.ValueType.TEXT));
            RunTableView made = new RunTableView(editor);
            made.setOnFileDropped(dropped::add);
            return made;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSheetDroppedOnTheTableIsAcceptedAndHandedOnForImport() throws Exception {
        File sheet = sheet("nf-core-rnaseq_assets_samplesheet.csv");
        Drops.Outcome outcome = onFx(() -> Drops.drop(view.table(), List.of(sheet)));
        assertThat(outcome).isEqualTo(new Drops.Outcome(true, true));
        assertThat(dropped).containsExactly(sheet.toPath());
    }

    @Test
    void twoFilesAtOnceAreNotAcceptedForTheTableImportsOneSheetAtATime() throws Exception {
        List<File> two = List.of(sheet("nf-core-rnaseq_assets_samplesheet.csv"),
                sheet("broadinstitute-fiss_firecloud_tests_samples.tsv"));
        assertThat(onFx(() -> Drops.drop(view.table(), two)).accepted()).isFalse();
        assertThat(dropped).isEmpty();
    }

    @Test
    void ctrlVPastesASpreadsheetBlockFromTheSystemClipboardAndCtrlZTakesItBackInOneStep() {
        // As a spreadsheet puts it on the clipboard: tabs, Windows line ends, a final line end
        String block = "WT_REP1\t\t\t\t\ts3://bucket/WT_REP1.csv\r\n"
                + "WT_REP2\t\t\t\t5\ts3://bucket/WT_REP2.csv\r\n";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(block);
            Clipboard.getSystemClipboard().setContent(content);
            view.table().requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        Pulses.await(Pulses.SETTLE);
        RunTableModel model = editor.model();
        assertThat(model.rowCount()).isEqualTo(2);
        assertThat(model.get(1, 0)).isEqualTo("WT_REP2");
        assertThat(model.get(1, model.columnIndex("priority"))).isEqualTo("5");
        assertThat(model.get(0, input)).isEqualTo("s3://bucket/WT_REP1.csv");
        assertThat(view.table().getItems()).hasSize(2);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Pulses.await(Pulses.SETTLE);
        assertThat(model.rowCount()).isZero();
    }

    private static File sheet(String name) throws Exception {
        return Path.of(DropAndClipboardFxTest.class.getResource("/samplesheets/" + name).toURI()).toFile();
    }

    private <T> T onFx(java.util.function.Supplier<T> read) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> value.set(read.get()));
        return value.get();
    }
}
