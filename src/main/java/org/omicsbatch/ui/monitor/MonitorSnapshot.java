package org.omicsbatch.ui.monitor;

import org.omicsbatch.model.Batch;
import org.omicsbatch.submit.BatchSnapshot;

/**
 * What one poll learned: the core's snapshot, and whether its runs were listed afresh (the table
 * is replaced only then; listing 100,000 runs every few seconds would be slow and costly).
 */
public record MonitorSnapshot(BatchSnapshot core, boolean runsChanged) {

    public Batch batch() {
        return core.batch();
    }
}
