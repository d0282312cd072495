package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Everything an import needs besides the file.
 *
 * @param read              delimiter / encoding / section overrides
 * @param mapping           the mapping to use; null to use {@link MappingSuggester}'s
 * @param overSuggestion    true: {@code mapping} only adds to (and overrides) the suggested mapping
 * @param parameterTemplate the workflow's parameter template for suggestions, or null
 * @param generatedSheets   folder for per-run sample sheets ({@link ColumnMapping#groupSheet()}), or null
 * @param draftFolder       folder that {@code file:} values are written relative to, or null for absolute
 * @param problemCap        how many problems to keep (the rest are counted)
 */
public record ImportOptions(ReadOptions read, ColumnMapping mapping, boolean overSuggestion, JsonNode parameterTemplate,
        Path generatedSheets, Path draftFolder, int problemCap) {

    public static ImportOptions defaults() {
        return new ImportOptions(ReadOptions.DETECT, null, false, null, null, null, ProblemLog.DEFAULT_CAP);
    }

    public ImportOptions withRead(ReadOptions value) {
        return new ImportOptions(value, mapping, overSuggestion, parameterTemplate, generatedSheets, draftFolder, problemCap);
    }

    public ImportOptions withMapping(ColumnMapping value) {
        return new ImportOptions(read, value, false, parameterTemplate, generatedSheets, draftFolder, problemCap);
    }

    /** Uses the suggested mapping with {@code value}'s entries, grouping and templates on top. */
    public ImportOptions withMappingOverSuggestion(ColumnMapping value) {
        return new ImportOptions(read, value, true, parameterTemplate, generatedSheets, draftFolder, problemCap);
    }

    public ImportOptions withParameterTemplate(JsonNode value) {
        return new ImportOptions(read, mapping, overSuggestion, value, generatedSheets, draftFolder, problemCap);
    }

    public ImportOptions withGeneratedSheets(Path folder, Path relativeTo) {
        return new ImportOptions(read, mapping, overSuggestion, parameterTemplate, folder, relativeTo, problemCap);
    }

    /**
     * Per-run sample sheets where the command line and the app both put them: the folder
     * {@code <sheet name>-runs} inside {@code base}. With {@code relative} the {@code file:} values
     * are relative to {@code base} (the draft's folder, so they move with it); without, absolute
     * (a draft not saved yet has no folder to be relative to).
     */
    public ImportOptions withRunSheetsIn(Path base, Path sheet, boolean relative) {
        return withGeneratedSheets(base.resolve(runSheetsFolderName(sheet)), relative ? base : null);
    }

    /** {@code samplesheet.csv} → {@code samplesheet-runs}. */
    public static String runSheetsFolderName(Path sheet) {
        String name = sheet.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-runs";
    }

    public ImportOptions withProblemCap(int value) {
        return new ImportOptions(read, mapping, overSuggestion, parameterTemplate, generatedSheets, draftFolder, value);
    }
}
