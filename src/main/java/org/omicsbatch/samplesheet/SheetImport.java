package org.omicsbatch.samplesheet;

import java.util.List;
import org.omicsbatch.model.InlineSetting;

/**
 * The result of importing a sheet: the runs and every problem found on the way.
 *
 * @param file        the sheet's file name (as problems name it)
 * @param layout      what the reader detected (null when the file could not be read at all)
 * @param header      the column names
 * @param mapping     the mapping that was used (suggested or given), to show and to save
 * @param runs        one {@code InlineSetting} per run, in sheet order
 * @param runLines    for each run, the lines of the rows it came from
 * @param rowCount    data rows read
 * @param problems    problems (capped; a final entry counts the rest)
 * @param errorCount  errors in all, kept or not
 */
public record SheetImport(String file, SheetLayout layout, List<String> header, ColumnMapping mapping,
        List<InlineSetting> runs, List<int[]> runLines, long rowCount, List<SheetProblem> problems, long errorCount) {

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
