package org.omicsbatch.ui.wizard.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.samplesheet.SheetImport;

/**
 * One line of the import dialog's "which rows go to which run": the run, the sheet lines it was made
 * from, and (with own sheets) the {@code file:} value its sample sheet parameter will hold.
 */
public record RunOfRows(String run, String lines, String sheet) {
    /** Lines named one by one up to this many, then counted. */
    private static final int LINES_SHOWN = 6;

    static List<RunOfRows> of(SheetImport value, RunSheetChoice runSheets, int max) {
        String parameter = value.mapping() == null ? null : value.mapping().groupSheet();
        List<RunOfRows> out = new ArrayList<>();
        for (int i = 0; i < value.runs().size() && i < max; i++) {
            InlineSetting run = value.runs().get(i);
            String sheet = null;
            if (parameter != null && run.parameters() != null && run.parameters().path(parameter).isTextual()) {
                sheet = runSheets.asImported(run.parameters().path(parameter).textValue());
            }
            String id = run.runSettingId() == null ? "(no id)" : run.runSettingId();
            out.add(new RunOfRows(id, lines(i < value.runLines().size() ? value.runLines().get(i) : new int[0]), sheet));
        }
        return out;
    }

    private static String lines(int[] lines) {
        String shown = Arrays.stream(lines).limit(LINES_SHOWN).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return lines.length <= LINES_SHOWN ? shown : shown + " … (" + lines.length + " rows)";
    }
}
