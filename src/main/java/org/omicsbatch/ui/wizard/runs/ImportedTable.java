package org.omicsbatch.ui.wizard.runs;

import java.util.List;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.components.runs.InlineSettingsCodec;
import org.omicsbatch.ui.components.runs.RowChanges;
import org.omicsbatch.ui.components.runs.RunColumn;
import org.omicsbatch.ui.components.runs.RunTableEditor;
import org.omicsbatch.ui.components.runs.RunTableModel;

/**
 * Imported runs as a finished runs table plus its conversion for the draft: everything an import costs
 * per run, made off the FX thread, so that the FX thread only swaps the table in.
 */
record ImportedTable(RunTableModel table, WriteBack written) {

    /** {@code jsonParameters} get JSON columns; {@code base} is the draft's runs when the import started. */
    static ImportedTable of(List<InlineSetting> runs, List<String> template, List<String> jsonParameters,
            List<InlineSetting> base) {
        RunTableModel table = InlineSettingsCodec.toTable(runs, template);
        RunTableEditor editor = new RunTableEditor(table);
        for (String name : jsonParameters) {
            int column = table.columnIndex(RunColumn.PARAM_PREFIX + name);
            if (column >= 0) {
                editor.setColumnType(column, RunColumn.ValueType.JSON);
            }
        }
        return new ImportedTable(table, WriteBack.of(table, base, RowChanges.ALL, List.of(), keepEqual(runs)));
    }

    /**
     * Converts each row as a write-back does, but gives the draft the imported run itself when the row
     * converts to an equal run. The imported runs were read while the sheet was parsed, so the collector
     * has moved them to the old generation by now; handing the draft a second, equal set would leave the
     * first as old-generation garbage (collected by long mixed pauses while the user scrolls) and keep
     * the larger, unpacked copy alive instead of the sample sheet's packed runs.
     */
    static WriteBack.RowConverter keepEqual(List<InlineSetting> imported) {
        return (table, row, problems) -> {
            InlineSetting run = WriteBack.RowConverter.CODEC.convert(table, row, problems);
            if (row < imported.size() && run.equals(imported.get(row))) {
                return imported.get(row);
            }
            return run;
        };
    }
}
