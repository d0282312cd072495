package org.omicsbatch.ui.wizard.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.samplesheet.ColumnMapping;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.MappingSuggester;
import org.omicsbatch.samplesheet.MappingSuggestion;
import org.omicsbatch.samplesheet.MappingTarget;
import org.omicsbatch.samplesheet.ReadOptions;
import org.omicsbatch.samplesheet.SheetImport;
import org.omicsbatch.samplesheet.SheetImporter;
import org.omicsbatch.samplesheet.SheetPreview;
import org.omicsbatch.samplesheet.SheetProblem;
import org.omicsbatch.samplesheet.ValueType;
import org.omicsbatch.task.Progress;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;

/**
 * The import dialog: the sheet's first rows, the suggested mapping per column (editable), the
 * group-by column, and the runs and problems the import would give, all before the user accepts.
 * Reading runs off the FX thread and can be cancelled; every mapping change imports again.
 */
public final class SheetImportViewModel {
    /** The group-by choice meaning "one run per row". */
    public static final String NO_GROUPING = "(one run per row)";
    static final int PREVIEW_ROWS = 20;
    /** Runs listed in "which rows go to which run" (the summary counts them all). */
    static final int PREVIEW_RUNS = 500;

    private final Path file;
    private final JsonNode parameterTemplate;
    private final TaskExecutor executor;
    private final ObjectProperty<SheetPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> targetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> groupChoices = FXCollections.observableArrayList(NO_GROUPING);
    private final StringProperty groupBy = new SimpleStringProperty(NO_GROUPING);
    private final ObservableList<SheetProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<SheetImport> result = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private Consumer<Runnable> publish = Platform::runLater;
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<RunOfRows> runRows = FXCollections.observableArrayList();
    private final RunSheetChoice runSheets;
    private TaskExecutor.TaskHandle running;

    /**
     * @param draftFolder the draft file's folder, or null while the draft has no file
     * @param appFolder   the app's folder, where per-run sheets of an unsaved draft go
     */
    public SheetImportViewModel(Path file, JsonNode parameterTemplate, Path draftFolder, Path appFolder,
            TaskExecutor executor) {
        this.file = file;
        this.parameterTemplate = parameterTemplate;
        this.executor = executor;
        this.runSheets = new RunSheetChoice(file, parameterTemplate, draftFolder, appFolder);
    }

    /** Reads the first rows, suggests a mapping, then imports with it. */
    public void load() {
        start(BackgroundTask.<SheetPreview>of("Reading " + file.getFileName(),
                p -> SheetImporter.preview(file, ReadOptions.DETECT, PREVIEW_ROWS)).onSuccess(this::previewed));
    }

    private void previewed(SheetPreview value) {
        preview.set(value);
        problems.setAll(value.problems());
        List<MappingSuggestion> suggestions = MappingSuggester.suggest(value.header(), value.layout(), parameterTemplate);
        ColumnMapping suggested = MappingSuggester.toMapping(suggestions, parameterTemplate);
        List<MappingRow> rows = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            MappingSuggestion s = suggestions.get(i);
            MappingTarget target = suggested.columns().getOrDefault(s.column(), s.target());
            String example = value.rows().isEmpty() ? "" : value.rows().get(0).cell(i);
            rows.add(new MappingRow(s.column(), target.toString(), s.reason(), example));
        }
        suggested.templates().forEach((target, template) -> rows.add(new MappingRow(template, target,
                "the id also feeds a parameter of the same name", "")));
        mapping.setAll(rows);
        targetChoices.setAll(choices(value.header()));
        groupChoices.setAll(NO_GROUPING);
        groupChoices.addAll(value.header());
        groupBy.set(repeatedIdColumn(value, suggested));
        if (runSheets.ownSheetLikely(suggested)) {
            chooseOwnSheets();
        }
        reimport();
    }

    /** The id column when its values repeat in the first rows (lanes of one sample): grouping is then likely wanted. */
    private static String repeatedIdColumn(SheetPreview value, ColumnMapping suggested) {
        for (int i = 0; i < value.header().size(); i++) {
            MappingTarget target = suggested.columns().get(value.header().get(i));
            boolean isId = target != null && target.kind() == MappingTarget.Kind.RUN_SETTING_ID
                    || ("{" + value.header().get(i) + "}").equals(suggested.templates().get("runSettingId"));
            if (isId) {
                Set<String> seen = new HashSet<>();
                for (var row : value.rows()) {
                    if (!seen.add(row.cell(i))) {
                        return value.header().get(i);
                    }
                }
            }
        }
        return NO_GROUPING;
    }

    /**
     * Each run gets its own sample sheet: its rows go together by the id column (one run per sample,
     * lanes included) unless the user already grouped them by another column.
     */
    public void chooseOwnSheets() {
        runSheets.modeProperty().set(RunSheetChoice.Mode.OWN_SHEET);
        if (NO_GROUPING.equals(groupBy.get())) {
            for (MappingRow row : mapping) {
                MappingTarget t = MappingTarget.tryParse(row.targetProperty().get());
                if (t != null && t.kind() == MappingTarget.Kind.RUN_SETTING_ID && !row.column().startsWith("{")) {
                    groupBy.set(row.column());
                    return;
                }
            }
        }
    }

    /** Imports again with the current mapping and grouping; cancels an import still running. */
    public void reimport() {
        if (preview.get() == null) {
            return;
        }
        ColumnMapping chosen;
        ImportOptions options;
        try {
            chosen = currentMapping();
            options = runSheets.forPreview(options(chosen));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            result.set(null);
            runRows.clear();
            problems.setAll(SheetProblem.error(file.getFileName().toString(), 0, null, e.getMessage()));
            summary.set("Fix the mapping to see the runs");
            return;
        }
        start(BackgroundTask.<SheetImport>of("Importing " + file.getFileName(),
                p -> SheetImporter.importSheet(file, options, reporting(p))).onSuccess(this::imported));
    }

    private ImportOptions options(ColumnMapping chosen) {
        return ImportOptions.defaults().withMapping(chosen).withParameterTemplate(parameterTemplate);
    }

    /**
     * The runs to keep, given to {@code onImported}: the preview's own when rows become values; with
     * own sheets, the same mapping imported again so the sheets are written where the command line
     * writes them (off the FX thread, like the preview). When that finds a problem the preview did
     * not (a folder that cannot be written), nothing is imported and {@code onProblem} says why.
     */
    public void accept(Consumer<SheetImport> onImported, Consumer<String> onProblem) {
        SheetImport previewed = result.get();
        if (previewed == null || previewed.mapping() == null || previewed.mapping().groupSheet() == null) {
            if (previewed != null) {
                onImported.accept(previewed);
            }
            return;
        }
        ImportOptions options = runSheets.forImport(options(previewed.mapping()));
        executor.execute(BackgroundTask.<SheetImport>of("Writing each run's sample sheet",
                p -> SheetImporter.importSheet(file, options, p)).onSuccess(kept -> {
                    if (kept.errorCount() > previewed.errorCount()) {
                        onProblem.accept("Not imported: " + kept.problems().stream().filter(SheetProblem::isError)
                                .filter(e -> !previewed.problems().contains(e)).findFirst()
                                .map(SheetProblem::format).orElse("the sheets could not be written"));
                    } else {
                        onImported.accept(kept);
                    }
                }).onFailure(e -> onProblem.accept("Not imported: " + e.getMessage())));
    }

    /** The dialog closed: stops reading and deletes the preview's scratch sheets. */
    public void close() {
        cancel();
        runSheets.discardPreview();
    }

    private void imported(SheetImport value) {
        result.set(value);
        runRows.setAll(RunOfRows.of(value, runSheets, PREVIEW_RUNS));
        problems.setAll(value.problems());
        long errors = value.errorCount();
        summary.set(value.runs().size() + " runs from " + value.rowCount() + " rows"
                + (errors == 0 ? "" : ", " + errors + (errors == 1 ? " error" : " errors")));
    }

    /**
     * The mapping as edited: a row maps a sheet column to a target, except the rows made for a
     * template (the id feeding a parameter), which keep their {@code {column}} text.
     */
    public ColumnMapping currentMapping() {
        ColumnMapping m = ColumnMapping.empty();
        for (MappingRow row : mapping) {
            if (row.column().startsWith("{")) {
                MappingTarget target = MappingTarget.parse(row.targetProperty().get());
                m = m.withTemplate(target, row.column());
            } else {
                m = m.withColumn(row.column(), MappingTarget.parse(row.targetProperty().get()));
            }
        }
        String group = groupBy.get();
        return runSheets.applyTo(m.withGroupBy(group == null || NO_GROUPING.equals(group) ? null : group));
    }

    /** Parameters the mapping types as something other than text: their columns become JSON columns. */
    public List<String> typedParameters() {
        List<String> typed = new ArrayList<>();
        for (MappingRow row : mapping) {
            MappingTarget t = MappingTarget.tryParse(row.targetProperty().get());
            if (t != null && t.kind() == MappingTarget.Kind.PARAM && t.type() != ValueType.STRING) {
                typed.add(t.key());
            }
        }
        return typed;
    }

    public boolean canAccept() {
        return !busy.get() && result.get() != null && !result.get().runs().isEmpty();
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(BackgroundTask<T> task) {
        cancel();
        busy.set(true);
        progress.set(-1);
        running = executor.execute(task.onFinished(() -> busy.set(false)).onFailure(e -> summary.set(
                "Could not read " + file.getFileName() + ": " + e.getMessage())));
    }

    /** Passes the importer's progress on to the status bar and to the dialog (rows read; the total is unknown while reading). */
    private Progress reporting(Progress outer) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                outer.update(done, total, message);
                publish.accept(() -> {
                    progress.set(total > 0 ? (double) done / total : -1);
                    progressText.set(message);
                });
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }

    private List<String> choices(List<String> header) {
        List<String> out = new ArrayList<>(List.of("ignore", "runSettingId", "name", "outputUri", "priority",
                "outputBucketOwnerId"));
        if (parameterTemplate != null) {
            parameterTemplate.fieldNames().forEachRemaining(n -> out.add("param:" + n));
        }
        for (String column : header) {
            if (!out.contains("param:" + column)) {
                out.add("param:" + column);
            }
        }
        header.forEach(column -> out.add("tag:" + column));
        return out;
    }

    /** Where progress updates are handed to the FX thread; tests pass {@code Runnable::run}. */
    void setPublisher(Consumer<Runnable> value) {
        publish = value;
    }

    public RunSheetChoice runSheets() {
        return runSheets;
    }

    /** Which rows went to which run in the latest preview (the first {@value #PREVIEW_RUNS}). */
    public ObservableList<RunOfRows> runRows() {
        return runRows;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<SheetPreview> previewProperty() {
        return preview;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObservableList<String> targetChoices() {
        return targetChoices;
    }

    public ObservableList<String> groupChoices() {
        return groupChoices;
    }

    public StringProperty groupByProperty() {
        return groupBy;
    }

    public ObservableList<SheetProblem> problems() {
        return problems;
    }

    public ObjectProperty<SheetImport> resultProperty() {
        return result;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
