package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.task.Progress;

/**
 * Reads a sample sheet and turns its rows into runs ({@code InlineSetting}s). Never throws for bad
 * content: whatever is wrong comes back as {@link SheetProblem}s naming the line and column.
 * Cancelling through {@link Progress} ends the import with {@link Progress.Cancelled}.
 */
public final class SheetImporter {
    private static final int PROGRESS_EVERY = 1000;

    private SheetImporter() {
    }

    public static SheetImport importSheet(Path file, ImportOptions options, Progress progress) {
        SheetImport result = importSheet(file, options, progress, null);
        if (result == null) {
            // UTF-8 was judged from the start of the file and a later byte is not UTF-8: read it again,
            // all of it, as Windows-1252, exactly as if the whole file had been checked first
            ImportOptions latin = options.withRead(options.read().withEncoding(TextEncoding.WINDOWS_1252));
            result = importSheet(file, latin, progress, TextEncoding.NOT_UTF8);
        }
        return result;
    }

    /** The import, or null when a strictly read file turned out not to be UTF-8 (see {@link TextEncoding}). */
    private static SheetImport importSheet(Path file, ImportOptions options, Progress progress, String encodingWarning) {
        String name = file.getFileName().toString();
        ProblemLog log = new ProblemLog(name, options.problemCap());
        if (encodingWarning != null) {
            log.warning(0, null, encodingWarning);
        }
        try (SheetTable table = SheetTables.open(file, options.read(), log)) {
            ColumnMapping mapping = mappingFor(table, options);
            CompiledMapping compiled = CompiledMapping.compile(mapping, table.header(), table.layout().headerLine(), log);
            if (compiled == null) {
                return result(name, table, mapping, new RunAssembler(null, log, null), 0, log);
            }
            GroupSheetWriter sheets = options.generatedSheets() == null ? null
                    : new GroupSheetWriter(options.generatedSheets(), options.draftFolder(), table.originalHeader());
            if (mapping.groupSheet() != null && sheets == null) {
                log.error(0, null, "a per-run sample sheet for parameter \"" + mapping.groupSheet()
                        + "\" needs a folder to write it to");
            }
            RunAssembler runs = new RunAssembler(compiled, log, sheets);
            try {
                long rows = 0;
                for (SheetRow row = table.next(); row != null; row = table.next()) {
                    runs.accept(row);
                    if (++rows % PROGRESS_EVERY == 0) {
                        progress.checkCancelled();
                        report(progress, table, rows, "read " + rows + " rows of " + name);
                    }
                }
                report(progress, table, rows, "read " + rows + " rows; making runs");
                if (rows == 0) {
                    log.warning(table.layout().headerLine(), null, "the sheet has a header but no data rows");
                }
                runs.finish();
                return result(name, table, mapping, runs, rows, log);
            } finally {
                runs.stop();
            }
        } catch (SheetFormatException e) {
            log.error(e.line(), null, e.getMessage());
        } catch (CharacterCodingException e) {
            if (options.read().encoding() == null) {
                return null;
            }
            log.error(0, null, "cannot read the file: " + describe(e));
        } catch (IOException e) {
            log.error(0, null, "cannot read the file: " + describe(e));
        } catch (RuntimeException e) {
            if (e instanceof Progress.Cancelled c) {
                throw c;
            }
            // A reader library's surprise (a damaged workbook) is still only a problem with this file.
            log.error(0, null, "cannot read the file: " + describe(e));
        }
        return new SheetImport(name, null, List.of(), options.mapping(), List.of(), List.of(), 0, log.problems(),
                log.errorCount());
    }

    /** In bytes of the file when known (a bar can fill), else rows read with no total. */
    private static void report(Progress progress, SheetTable table, long rows, String message) {
        if (table.size() > 0) {
            progress.update(Math.min(table.bytesRead(), table.size()), table.size(), message);
        } else {
            progress.update(rows, -1, message);
        }
    }

    private static ColumnMapping mappingFor(SheetTable table, ImportOptions options) {
        if (options.mapping() != null && !options.overSuggestion()) {
            return options.mapping();
        }
        ColumnMapping suggested = MappingSuggester.suggestMapping(table.header(), table.layout(), options.parameterTemplate());
        return options.mapping() == null ? suggested : suggested.overriddenBy(options.mapping());
    }

    private static SheetImport result(String name, SheetTable table, ColumnMapping mapping, RunAssembler runs, long rows,
            ProblemLog log) {
        return new SheetImport(name, table.layout(), table.header(), mapping, runs.runs(), runs.runLines(), rows,
                log.problems(), log.errorCount());
    }

    /** The header and first {@code maxRows} rows, for the import dialog. */
    public static SheetPreview preview(Path file, ReadOptions options, int maxRows) {
        SheetPreview preview = preview(file, options, maxRows, null);
        return preview != null ? preview
                : preview(file, options.withEncoding(TextEncoding.WINDOWS_1252), maxRows, TextEncoding.NOT_UTF8);
    }

    /** The preview, or null when a strictly read file turned out not to be UTF-8. */
    private static SheetPreview preview(Path file, ReadOptions options, int maxRows, String encodingWarning) {
        String name = file.getFileName().toString();
        ProblemLog log = new ProblemLog(name, ProblemLog.DEFAULT_CAP);
        if (encodingWarning != null) {
            log.warning(0, null, encodingWarning);
        }
        try (SheetTable table = SheetTables.open(file, options, log)) {
            List<SheetRow> rows = new ArrayList<>();
            SheetRow row;
            while (rows.size() < maxRows && (row = table.next()) != null) {
                rows.add(row);
            }
            if (table instanceof DelimitedTable text && text.readStrictly()
                    && TextEncoding.checkUtf8(file, Long.MAX_VALUE) == TextEncoding.Utf8.INVALID) {
                return null; // the rows shown are UTF-8, a later one is not: say what the import will do
            }
            return new SheetPreview(name, table.layout(), table.header(), rows, log.problems());
        } catch (SheetFormatException e) {
            log.error(e.line(), null, e.getMessage());
        } catch (CharacterCodingException e) {
            if (options.encoding() == null) {
                return null;
            }
            log.error(0, null, "cannot read the file: " + describe(e));
        } catch (IOException | RuntimeException e) {
            log.error(0, null, "cannot read the file: " + describe(e));
        }
        return new SheetPreview(name, null, List.of(), List.of(), log.problems());
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
