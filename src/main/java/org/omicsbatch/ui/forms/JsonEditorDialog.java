package org.omicsbatch.ui.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.omicsbatch.model.Json;

/**
 * Edits one structured parameter value (a list, an object, a number, true/false) as JSON text, with the
 * parse error (line and column) shown while typing and OK only for valid JSON.
 */
public final class JsonEditorDialog extends Dialog<JsonNode> {
    private final TextArea text = new TextArea();
    private final Label problem = new Label();

    public JsonEditorDialog(Window owner, String parameter, String help, String initial) {
        initOwner(owner);
        setTitle("Edit " + parameter + " as JSON");
        setHeaderText(parameter);
        setResizable(true);
        text.setId("json-editor-text");
        text.setText(pretty(initial));
        text.setPrefColumnCount(60);
        text.setPrefRowCount(16);
        text.getStyleClass().add("monospace");
        problem.setId("json-editor-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        Label about = new Label(help == null || help.isBlank()
                ? "A JSON value: \"text\", 12, true, [\"a\", \"b\"] or {\"key\": \"value\"}."
                : help);
        about.setWrapText(true);
        about.getStyleClass().add("explanation");
        VBox.setVgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, about, text, problem));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        problem.textProperty().bind(Bindings.createStringBinding(() -> check(text.getText()).orElse(""),
                text.textProperty()));
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        ((Button) ok).setDefaultButton(false); // Enter inserts a line break in the editor
        setResultConverter(button -> button == ButtonType.OK ? parse(text.getText()) : null);
    }

    /** Shows the dialog and returns the edited value, empty when cancelled. */
    public Optional<JsonNode> edit() {
        return showAndWait();
    }

    /** What is wrong with {@code json}, or empty when it is one valid JSON value. */
    public static Optional<String> check(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of("Empty: write a JSON value, or Cancel.");
        }
        try {
            Json.mapper().readTree(json);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("Line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
