package org.omicsbatch.ui.wizard.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.ui.Theme;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.services.PlanDraftChecks;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.testing.InMemoryCatalog;
import org.omicsbatch.ui.wizard.DraftState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The generated form on a stage: the template's fields, and a structured value through the JSON editor. */
class SharedParametersViewFxTest {
    private static final String TAXPROFILER =
            "aws-samples-aws-healthomics-tutorials_nf-core_taxprofiler_parameter-template.json";
    private final DraftState state = new DraftState();
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        InMemoryCatalog catalog = new InMemoryCatalog().add("4242", "nf-core-taxprofiler", "PRIVATE", null, TAXPROFILER);
        SharedParametersViewModel model = new SharedParametersViewModel(state, new PlanDraftChecks());
        robot.interact(() -> {
            Theme.LIGHT.apply();
            state.workflowProperty().set(catalog.getWorkflow("4242", null));
            var view = new SharedParametersView(model, new SimpleObjectProperty<Connection>(), new DirectTaskExecutor());
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            stage.setScene(new Scene(scroll, 900, 640));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void hide() {
        robot.interact(stage::hide);
    }

    @Test
    void aStructuredValueEnteredInTheJsonEditorIsStoredAsJson() {
        String first = state.workflowProperty().get().parameterTemplate().fieldNames().next();
        robot.clickOn("#param-edit-" + first);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#json-editor-text").write("[\"s3://reads/a.fq.gz\", ");
        assertThat(robot.lookup("#json-editor-problem").queryLabeled().getText()).startsWith("Line 1, column");
        robot.write("\"s3://reads/b.fq.gz\"]");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#json-editor-problem").queryLabeled().getText()).isEmpty();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        var stored = state.draft().defaultRunSetting().parameters().get(first);
        assertThat(stored.isArray()).isTrue();
        assertThat(stored.get(1).textValue()).isEqualTo("s3://reads/b.fq.gz");
        assertThat(robot.lookup("#param-json-" + first).queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
    }
}
