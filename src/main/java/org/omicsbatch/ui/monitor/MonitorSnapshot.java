package org.omicsbatch.ui.monitor;

import java.util.List;
import org.omicsbatch.model.Batch;

/**
 * What one poll learned: the batch (always) and the runs, which are re-listed only when the
 * counters moved (listing 100,000 runs every few seconds would be slow and costly).
 *
 * @param rows null when the runs were not re-listed this time
 */
public record MonitorSnapshot(Batch batch, List<RunRow> rows) {

    public MonitorSnapshot {
        rows = rows == null ? null : List.copyOf(rows);
    }
}
