package org.omicsbatch.submit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.omicsbatch.model.Batch;

/**
 * What the monitor last saw of a batch. Kept on disk so that after a restart the runs are listed
 * again only when the batch's counters moved.
 *
 * @param deleted true when the service no longer knows the batch (DeleteBatch ran)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchSnapshot(String batchId, Batch batch, List<RunRow> runs, Instant syncedAt, boolean deleted) {
    public BatchSnapshot {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    public List<RunRow> failedRuns() {
        return runs.stream().filter(RunRow::failed).toList();
    }
}
