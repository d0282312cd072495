package org.omicsbatch.ui.wizard.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.samplesheet.ColumnMapping;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.MappingTarget;

/**
 * The import dialog's "each run gets: its rows as values | its own sample sheet, passed as parameter P",
 * which is the command line's {@code --group-sheet P}. Many workflows (nf-core's) take {@code input} =
 * a sample sheet, so that is how one run per sample gets its rows.
 *
 * <p>While the user decides, the sheets are written to a scratch folder, so a cancelled dialog leaves
 * nothing behind. On import they are written where the command line writes them: {@code <sheet>-runs/}
 * beside the draft with {@code file:} values relative to it, or, while the draft has no file yet, in the
 * app's folder with absolute {@code file:} values (a relative one would break when the draft is saved).
 */
public final class RunSheetChoice {
    /** What a run gets from its rows. */
    public enum Mode { VALUES, OWN_SHEET }

    /** Folder in the app's folder for the sheets of drafts not saved yet. */
    static final String UNSAVED_FOLDER = "run-sheets";

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.VALUES);
    private final StringProperty parameter = new SimpleStringProperty("");
    private final ObservableList<String> parameterChoices = FXCollections.observableArrayList();
    private final Path sheet;
    private final Path draftFolder;
    private final Path appFolder;
    private Path scratch;

    /**
     * @param draftFolder the draft file's folder, or null while the draft has no file
     * @param appFolder   the app's own folder (used while the draft has no file)
     */
    RunSheetChoice(Path sheet, JsonNode parameterTemplate, Path draftFolder, Path appFolder) {
        this.sheet = sheet;
        this.draftFolder = draftFolder;
        this.appFolder = appFolder;
        if (parameterTemplate != null) {
            parameterTemplate.fieldNames().forEachRemaining(parameterChoices::add);
        }
        String suggested = suggestedParameter(parameterTemplate);
        parameter.set(suggested == null ? "" : suggested);
    }

    /**
     * {@code input} when the template has it (nf-core) or there is no workflow yet, else a parameter
     * named like a sample sheet, else null.
     */
    static String suggestedParameter(JsonNode template) {
        if (template == null || template.has("input")) {
            return "input";
        }
        for (var names = template.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.toLowerCase(Locale.ROOT).contains("sheet")) {
                return name;
            }
        }
        return null;
    }

    /** Own sheets are the likely wish when the workflow takes a sheet parameter that no column fills. */
    boolean ownSheetLikely(ColumnMapping suggested) {
        String p = parameter.get();
        return !p.isBlank() && parameterChoices.contains(p) && suggested.columns().values().stream()
                .noneMatch(t -> t.kind() == MappingTarget.Kind.PARAM && p.equals(t.key()));
    }

    /** The mapping with the per-run sheet parameter set (or cleared). */
    ColumnMapping applyTo(ColumnMapping mapping) {
        if (mode.get() != Mode.OWN_SHEET) {
            return mapping.withGroupSheet(null);
        }
        if (parameter.get() == null || parameter.get().isBlank()) {
            throw new IllegalArgumentException("choose the parameter that receives each run's own sample sheet");
        }
        return mapping.withGroupSheet(parameter.get().strip());
    }

    /** Options for a preview import: the sheets go to the scratch folder. */
    ImportOptions forPreview(ImportOptions options) {
        if (mode.get() != Mode.OWN_SHEET) {
            return options;
        }
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("omicsbatch-run-sheets");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options.withRunSheetsIn(scratch, sheet, false);
    }

    /** Options for the import that is kept: the sheets go where the command line puts them. */
    ImportOptions forImport(ImportOptions options) {
        if (mode.get() != Mode.OWN_SHEET) {
            return options;
        }
        return draftFolder != null ? options.withRunSheetsIn(draftFolder, sheet, true)
                : options.withRunSheetsIn(appFolder.resolve(UNSAVED_FOLDER), sheet, false);
    }

    /** The folder the run's sheets will be written to. */
    public Path destination() {
        return (draftFolder != null ? draftFolder : appFolder.resolve(UNSAVED_FOLDER))
                .resolve(ImportOptions.runSheetsFolderName(sheet)).toAbsolutePath();
    }

    /** A preview's {@code file:} value (in the scratch folder) as the import will write it. */
    String asImported(String previewValue) {
        if (previewValue == null || !previewValue.startsWith("file:")) {
            return previewValue;
        }
        String name = Path.of(previewValue.substring("file:".length())).getFileName().toString();
        return "file:" + (draftFolder != null ? ImportOptions.runSheetsFolderName(sheet) + "/" + name
                : destination().resolve(name).toString().replace('\\', '/'));
    }

    /** Deletes the scratch folder (the dialog closed). */
    void discardPreview() {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless; the OS cleans it
        }
        scratch = null;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty parameterProperty() {
        return parameter;
    }

    public ObservableList<String> parameterChoices() {
        return parameterChoices;
    }
}
