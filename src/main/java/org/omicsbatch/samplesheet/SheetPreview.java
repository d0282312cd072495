package org.omicsbatch.samplesheet;

import java.util.List;

/**
 * The first rows of a sheet and what was detected about it, for the import dialog, before any
 * mapping is chosen.
 *
 * @param problems problems met while reading these rows (encoding guess, ragged rows …)
 */
public record SheetPreview(String file, SheetLayout layout, List<String> header, List<SheetRow> rows,
        List<SheetProblem> problems) {
}
