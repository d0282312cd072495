package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

/** Test helpers: the copied sheets and templates, and short ways to import them. */
final class Sheets {
    static final Path DIR = Path.of("src/test/resources/samplesheets");
    static final Path BAD = DIR.resolve("bad");
    static final Path TEMPLATES = Path.of("src/test/resources/parameter-templates");

    private Sheets() {
    }

    static Path sheet(String name) {
        return DIR.resolve(name);
    }

    static SheetImport importSheet(Path file) {
        return SheetImporter.importSheet(file, ImportOptions.defaults(), Progress.NONE);
    }

    static SheetImport importSheet(Path file, ColumnMapping mapping) {
        return SheetImporter.importSheet(file, ImportOptions.defaults().withMapping(mapping), Progress.NONE);
    }

    /** The suggested mapping with {@code --group-by column}. */
    static SheetImport importGrouped(Path file, String column) {
        SheetPreview p = SheetImporter.preview(file, ReadOptions.DETECT, 0);
        ColumnMapping m = MappingSuggester.suggestMapping(p.header(), p.layout(), null).withGroupBy(column);
        return importSheet(file, m);
    }

    static JsonNode template(String name) throws IOException {
        return Json.mapper().readTree(TEMPLATES.resolve(name).toFile());
    }

    static InlineSetting run(SheetImport r, String runSettingId) {
        return r.runs().stream().filter(s -> runSettingId.equals(s.runSettingId())).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + runSettingId + " in " + ids(r)));
    }

    static List<String> ids(SheetImport r) {
        return r.runs().stream().map(InlineSetting::runSettingId).toList();
    }

    static String param(InlineSetting run, String name) {
        JsonNode v = run.parameters() == null ? null : run.parameters().get(name);
        return v == null ? null : v.isTextual() ? v.asText() : v.toString();
    }

    static List<SheetProblem> errors(SheetImport r) {
        return r.problems().stream().filter(SheetProblem::isError).toList();
    }

    static void assertNoErrors(SheetImport r) {
        assertThat(errors(r)).as("errors of %s", r.file()).isEmpty();
    }
}
