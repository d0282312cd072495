package org.omicsbatch.ui.components.runs;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Puts a runs table made on the FX thread in the primary stage, 900 × 400 at the screen's corner, shown. */
final class TableOnScreen {
    private TableOnScreen() {
    }

    static RunTableView show(FxRobot robot, Supplier<RunTableView> make) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        RunTableView[] view = new RunTableView[1];
        robot.interact(() -> {
            view[0] = make.get();
            stage.setScene(new Scene(view[0].table(), 900, 400));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        return view[0];
    }
}
