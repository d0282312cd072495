package org.omicsbatch.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Review's actions: both groups on one line when there is room, the right one below when not; no label cut. */
class TwoSidedBarFxTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Button check;
    private Button submit;
    private TwoSidedBar bar;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage = new Stage(); // a window of its own: the tests after this one reuse the primary stage's size
            check = new Button("Check again");
            Button export = new Button("Export for AWS CLI…");
            Button pilot = new Button("Submit a pilot of 5 runs first");
            submit = new Button("Submit batch");
            bar = new TwoSidedBar(8, new Node[] {check, export}, pilot, submit);
            BorderPane root = new BorderPane();
            root.setBottom(bar);
            stage.setScene(new Scene(root, 900, 300));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(stage::close);
        FxToolkit.cleanupStages();
    }

    @Test
    void bothGroupsShareALineWhenThereIsRoomTheRightOneAtTheRight() {
        robot.interact(() -> bar.getScene().getRoot().layout());
        assertThat(bar.oneLine(bar.getWidth())).isTrue();
        assertThat(sceneY(submit)).isEqualTo(sceneY(check));
        assertThat(sceneX(submit) + submit.getWidth()).isCloseTo(bar.getWidth(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aNarrowWindowPutsTheRightGroupBelowWithWholeLabels() {
        robot.interact(() -> {
            stage.setWidth(330);
            bar.getScene().getRoot().layout();
        });
        assertThat(bar.oneLine(bar.getWidth())).isFalse();
        assertThat(sceneY(submit)).isGreaterThan(sceneY(check) + check.getHeight() - 1);
        for (Button b : robot.lookup(".button").queryAllAs(Button.class)) {
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        assertThat(sceneY(submit) + submit.getHeight()).as("the bar is as tall as its two lines")
                .isLessThanOrEqualTo(bar.localToScene(0, bar.getHeight()).getY() + 0.5);
    }

    private static double sceneX(Node node) {
        return node.localToScene(0, 0).getX();
    }

    private static double sceneY(Node node) {
        return node.localToScene(0, 0).getY();
    }
}
