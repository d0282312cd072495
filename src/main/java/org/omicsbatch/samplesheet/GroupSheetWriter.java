package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes each run's own sample sheet (the sheet's header and that run's rows, as CSV) for
 * workflows whose input is a sheet, such as nf-core's {@code input}. The run's parameter then
 * holds {@code file:<path>}, which the submission uploads and replaces with its s3:// URI.
 */
final class GroupSheetWriter {
    private final Path folder;
    private final Path relativeTo;
    private final List<String> header;
    private final Set<String> used = new HashSet<>();

    /** @param relativeTo the draft's folder, so {@code file:} values stay valid when the folder moves; or null */
    GroupSheetWriter(Path folder, Path relativeTo, List<String> header) {
        this.folder = folder;
        this.relativeTo = relativeTo;
        this.header = header;
    }

    /** The {@code file:} value, or null after reporting why the file could not be written. */
    String write(String runSettingId, List<SheetRow> rows, ProblemLog log) {
        Path file = folder.resolve(fileName(runSettingId == null ? "run-line-" + rows.get(0).line() : runSettingId));
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CsvText.writeRow(out, header);
                for (SheetRow r : rows) {
                    CsvText.writeRow(out, r.cells().subList(0, Math.min(header.size(), r.cells().size())));
                }
            }
        } catch (IOException e) {
            log.error(rows.get(0).line(), null, "could not write this run's sample sheet " + file + ": " + e.getMessage());
            return null;
        }
        Path shown = relativeTo != null && file.toAbsolutePath().startsWith(relativeTo.toAbsolutePath())
                ? relativeTo.toAbsolutePath().relativize(file.toAbsolutePath()) : file.toAbsolutePath();
        return "file:" + shown.toString().replace('\\', '/');
    }

    private String fileName(String id) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = base + ".csv";
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "_" + n + ".csv";
        }
        return name;
    }
}
