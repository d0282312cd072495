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

    public ImportOptions withProblemCap(int value) {
        return new ImportOptions(read, mapping, overSuggestion, parameterTemplate, generatedSheets, draftFolder, value);
    }
}
