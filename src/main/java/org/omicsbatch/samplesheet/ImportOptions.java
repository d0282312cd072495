package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Everything an import needs besides the file.
 *
 * @param read              delimiter / encoding / section overrides
 * @param mapping           the mapping to use; null to use {@link MappingSuggester}'s
 * @param parameterTemplate the workflow's parameter template for suggestions, or null
 * @param generatedSheets   folder for per-run sample sheets ({@link ColumnMapping#groupSheet()}), or null
 * @param draftFolder       folder that {@code file:} values are written relative to, or null for absolute
 * @param problemCap        how many problems to keep (the rest are counted)
 */
public record ImportOptions(ReadOptions read, ColumnMapping mapping, JsonNode parameterTemplate, Path generatedSheets,
        Path draftFolder, int problemCap) {

    public static ImportOptions defaults() {
        return new ImportOptions(ReadOptions.DETECT, null, null, null, null, ProblemLog.DEFAULT_CAP);
    }

    public ImportOptions withRead(ReadOptions value) {
        return new ImportOptions(value, mapping, parameterTemplate, generatedSheets, draftFolder, problemCap);
    }

    public ImportOptions withMapping(ColumnMapping value) {
        return new ImportOptions(read, value, parameterTemplate, generatedSheets, draftFolder, problemCap);
    }

    public ImportOptions withParameterTemplate(JsonNode value) {
        return new ImportOptions(read, mapping, value, generatedSheets, draftFolder, problemCap);
    }

    public ImportOptions withGeneratedSheets(Path folder, Path relativeTo) {
        return new ImportOptions(read, mapping, parameterTemplate, folder, relativeTo, problemCap);
    }

    public ImportOptions withProblemCap(int value) {
        return new ImportOptions(read, mapping, parameterTemplate, generatedSheets, draftFolder, value);
    }
}
