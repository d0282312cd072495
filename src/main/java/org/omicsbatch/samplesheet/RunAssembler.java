package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.IdIndex;

/**
 * Turns rows into runs. Without grouping each row becomes its run as it streams past, so memory
 * holds runs, never the sheet. With {@code --group-by} (or a per-run sheet) rows wait in their
 * group until the end, because a group's last row may come last in the file.
 */
final class RunAssembler {
    private final CompiledMapping mapping;
    private final ProblemLog log;
    private final GroupSheetWriter sheets;
    private final List<int[]> runLines = new ArrayList<>();
    /** Each kept run's id (or null), by position: runs are packed on another thread (see {@link PackingLine}). */
    private final List<String> runIds = new ArrayList<>();
    private final IdIndex ids = new IdIndex(runIds::get);
    private final Map<String, List<SheetRow>> groups = new LinkedHashMap<>();
    private final PackingLine packing = new PackingLine(new ParameterPacker());
    private List<InlineSetting> runs;
    private long runCount;

    RunAssembler(CompiledMapping mapping, ProblemLog log, GroupSheetWriter sheets) {
        this.mapping = mapping;
        this.log = log;
        this.sheets = sheets;
    }

    private boolean grouping() {
        return mapping.groupBy >= 0 || mapping.groupSheet != null;
    }

    void accept(SheetRow row) {
        if (!grouping()) {
            RunFields f = fill(row);
            addRun(f, new int[] {row.line()});
            return;
        }
        String key;
        if (mapping.groupBy >= 0) {
            key = row.cell(mapping.groupBy).strip();
            if (key.isEmpty()) {
                log.error(row.line(), mapping.groupByName, "empty, so this row belongs to no run and was not imported;"
                        + " fill in the " + mapping.groupByName + " or delete the row");
                return;
            }
        } else {
            key = "line " + row.line();
        }
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }

    void finish() {
        if (grouping()) {
            foldGroups();
        }
        runs = packing.finish();
    }

    /** Ends the packing thread of an import that ends early (cancelled, or the file could not be read on). */
    void stop() {
        packing.stop();
    }

    private void foldGroups() {
        GroupFolder folder = new GroupFolder(mapping, log);
        List<List<RunFields>> filled = new ArrayList<>(groups.size());
        for (List<SheetRow> rows : groups.values()) {
            List<RunFields> fields = new ArrayList<>(rows.size());
            for (SheetRow r : rows) {
                fields.add(fill(r));
            }
            filled.add(fields);
            folder.observe(fields);
        }
        int g = 0;
        for (List<SheetRow> rows : groups.values()) {
            RunFields run = folder.fold(rows, filled.get(g));
            filled.set(g++, null);
            if (sheets != null && mapping.groupSheet != null) {
                String value = sheets.write(run.runSettingId, rows, log);
                if (value != null) {
                    run.setParameter(mapping.groupSheet, Json.mapper().getNodeFactory().textNode(value));
                }
            }
            addRun(run, rows.stream().mapToInt(SheetRow::line).toArray());
        }
        groups.clear();
    }

    /** One row's values, each checked where it came from. */
    private RunFields fill(SheetRow row) {
        RunFields f = new RunFields(log);
        for (CompiledMapping.Binding b : mapping.bindings) {
            String value = row.cell(b.column());
            if (value.isEmpty()) {
                if (b.target().kind() == MappingTarget.Kind.RUN_SETTING_ID) {
                    log.error(row.line(), b.label(), "empty, but every run needs a runSettingId; fill it in or delete the row");
                }
                continue;
            }
            f.set(b.target(), value, b.label(), row.line(), Cells.printableAscii(row.cells(), b.column()));
        }
        for (CompiledMapping.TemplateBinding t : mapping.templates) {
            String value = t.render(row);
            if (value.isEmpty()) {
                if (t.target().kind() == MappingTarget.Kind.RUN_SETTING_ID) {
                    log.error(row.line(), null, "the " + t.label() + " gives an empty runSettingId for this row");
                }
                continue;
            }
            f.set(t.target(), value, t.label(), row.line());
        }
        return f;
    }

    private void addRun(RunFields f, int[] lines) {
        runCount++;
        if (runCount > RunLimits.MAX_RUNS) {
            if (runCount == RunLimits.MAX_RUNS + 1) {
                log.error(lines[0], null, "more than " + RunLimits.MAX_RUNS + " runs: a batch holds at most "
                        + RunLimits.MAX_RUNS + "; this run and the ones after it were not imported (split the sheet)");
            }
            return;
        }
        String id = f.runSettingId;
        packing.add(f);
        runLines.add(lines);
        runIds.add(id);
        if (id != null) {
            int earlier = ids.addIfAbsent(id, runIds.size() - 1);
            if (earlier >= 0) {
                int first = runLines.get(earlier)[0];
                log.error(lines[0], idColumnLabel(), "runSettingId \"" + f.runSettingId + "\" is already used on line "
                        + first + " (and again on line " + lines[0] + "); ids must be unique in a batch"
                        + (grouping() ? "" : " (to make one run of several rows, use --group-by)"));
            }
        }
    }

    private String idColumnLabel() {
        for (CompiledMapping.Binding b : mapping.bindings) {
            if (b.target().kind() == MappingTarget.Kind.RUN_SETTING_ID) {
                return b.label();
            }
        }
        return null;
    }

    /** The runs, after {@link #finish} (none when the mapping could not be used). */
    List<InlineSetting> runs() {
        return runs == null ? new ArrayList<>() : runs;
    }

    List<int[]> runLines() {
        return runLines;
    }

    /** Runs the sheet describes, including any beyond the limit that were not kept. */
    long runCount() {
        return runCount;
    }
}
