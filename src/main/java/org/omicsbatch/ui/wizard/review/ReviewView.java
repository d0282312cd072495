package org.omicsbatch.ui.wizard.review;

import java.io.File;
import java.util.StringJoiner;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.ProblemKind;
import org.omicsbatch.plan.RunMembers;
import org.omicsbatch.submit.PreflightFinding;
import org.omicsbatch.ui.components.TwoSidedBar;

/** The Review step: summary, merged runs, problems and request JSON, export and submit. Binds a {@link ReviewViewModel}. */
public final class ReviewView {
    private final ReviewViewModel model;
    private final BorderPane root = new BorderPane();
    private final MergedRunsTable runs;

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        this.runs = new MergedRunsTable(model);
        root.getStyleClass().add("review-step");
        root.getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        root.setTop(summary());
        SplitPane split = new SplitPane(runs.table(), details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        root.setBottom(actions());
    }

    public Node node() {
        return root;
    }

    private VBox summary() {
        Label counts = label("review-counts", "title-4");
        Label scale = label("review-scale", null);
        Label shared = label("review-shared", "text-muted");
        shared.setWrapText(true);
        model.analysisProperty().addListener((o, old, a) -> {
            counts.setText(model.countsText());
            scale.setText(model.scaleText());
            shared.setText(shared(a.draft().defaultRunSetting()));
        });
        Label status = label("review-status", null);
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(4, counts, scale, shared, status);
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private TabPane details() {
        ListView<ProblemKind> problems = new ListView<>(model.problemKinds());
        problems.setId("review-problems");
        problems.setPlaceholder(new Label("No problems found"));
        problems.setCellFactory(list -> new ProblemCell());
        problems.setOnMouseClicked(e -> {
            ProblemKind selected = problems.getSelectionModel().getSelectedItem();
            if (selected != null && e.getClickCount() >= 1) {
                model.goTo(selected.first());
            }
        });
        problems.setOnKeyPressed(e -> {
            ProblemKind selected = problems.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.goTo(selected.first());
            }
        });
        Tab problemsTab = new Tab();
        problemsTab.textProperty().bind(Bindings.size(model.problems()).asString("Problems (%d)"));
        problemsTab.setContent(problems);
        TextArea json = new TextArea();
        json.setId("review-request");
        json.setEditable(false);
        json.getStyleClass().add("monospace");
        model.analysisProperty().addListener((o, old, a) -> json.setText(a.requestJson()));
        Button copy = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(json.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox request = new VBox(6, copy, json);
        VBox.setVgrow(json, Priority.ALWAYS);
        request.setPadding(new Insets(6));
        Tab requestTab = new Tab("Request JSON", request);
        ListView<PreflightFinding> findings = new ListView<>(model.inputFindings());
        findings.setId("review-inputs");
        findings.setPlaceholder(new Label("Not checked yet: \"Check inputs\" asks S3 about every s3:// input"));
        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PreflightFinding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.format());
                setGraphic(empty || item == null ? null : new FontIcon(item.isError() ? Material2AL.ERROR : Material2MZ.WARNING));
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.isError() ? "problem-error" : "problem-warning");
                }
            }
        });
        Tab inputsTab = new Tab();
        inputsTab.textProperty().bind(Bindings.size(model.inputFindings()).asString("Inputs (%d)"));
        inputsTab.setContent(findings);
        TabPane tabs = new TabPane(problemsTab, inputsTab, requestTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private TwoSidedBar actions() {
        Button check = new Button("Check again", new FontIcon(Material2MZ.REFRESH));
        check.setOnAction(e -> model.refresh());
        check.disableProperty().bind(model.analysingProperty());
        Button inputs = new Button("Check inputs", new FontIcon(Material2AL.CLOUD_DONE));
        inputs.setId("review-check-inputs");
        inputs.setTooltip(new Tooltip("Ask S3 whether every s3:// input exists, and HealthOmics whether the workflow can run"));
        inputs.setOnAction(e -> model.checkInputs());
        Button export = new Button("Export for AWS CLI…", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("review-export");
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> model.analysingProperty().get()
                || model.analysisProperty().get() == null || model.analysisProperty().get().errorCount() > 0,
                model.analysingProperty(), model.analysisProperty()));
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for start-run-batch.json");
            File folder = chooser.showDialog(root.getScene().getWindow());
            if (folder != null) {
                model.exportTo(folder.toPath());
            }
        });
        Spinner<Integer> pilotSize = new Spinner<>(1, 100, 5);
        pilotSize.setPrefWidth(80);
        pilotSize.setEditable(true);
        Button pilot = new Button("Submit a pilot first");
        pilot.setId("review-pilot");
        pilot.textProperty().bind(Bindings.createStringBinding(() -> "Submit a pilot of " + pilotSize.getValue()
                + " runs first", pilotSize.valueProperty()));
        pilot.disableProperty().bind(model.canSubmitBinding().not());
        pilot.setOnAction(e -> model.submit(pilotSize.getValue()));
        Button submit = new Button("Submit batch", new FontIcon(Material2MZ.SEND));
        submit.setId("review-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(model.canSubmitBinding().not());
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(model.submitHint());
        submit.setTooltip(hint);
        pilot.setTooltip(hint);
        submit.setOnAction(e -> model.submit(null));
        TwoSidedBar bar = new TwoSidedBar(8, new Node[] {check, inputs, export}, pilotSize, pilot, submit);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** The members every run shares (not overridable per run), once. */
    private static String shared(DefaultRunSetting defaults) {
        StringJoiner s = new StringJoiner(" · ", "Every run: ", "");
        for (String member : RunMembers.names()) {
            Object value = RunMembers.get(defaults, member);
            if (value != null && !ReviewColumns.RUN_MEMBERS.contains(member) && !RunMembers.MERGED_BY_KEY.contains(member)) {
                s.add(member + " " + value);
            }
        }
        return s.toString();
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** One line; runs are named by id and by the row number the runs table shows (1-based). */
    /** {@code Run S1 (row 1) and 4999 more runs, parameters.x: message}. */
    static String describe(ProblemKind kind) {
        Problem p = kind.first();
        StringBuilder s = new StringBuilder();
        if (p.isRunLevel()) {
            s.append("Run ").append(p.runSettingId() == null || p.runSettingId().isBlank() ? "without runSettingId"
                    : p.runSettingId()).append(" (row ").append(p.runIndex() + 1).append(")");
            if (kind.others() > 0) {
                s.append(" and ").append(kind.others()).append(kind.others() == 1 ? " more run" : " more runs");
            }
            s.append(", ");
        }
        return s.append(p.field()).append(": ").append(p.message()).toString();
    }

    /** A kind of problem as one line, coloured by severity. */
    private static final class ProblemCell extends ListCell<ProblemKind> {
        @Override
        protected void updateItem(ProblemKind kind, boolean empty) {
            Problem item = kind == null ? null : kind.first();
            super.updateItem(kind, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(describe(kind));
            setGraphic(new FontIcon(item.isError() ? Material2AL.ERROR : Material2MZ.WARNING));
            getStyleClass().add(item.isError() ? "problem-error" : "problem-warning");
        }
    }
}
