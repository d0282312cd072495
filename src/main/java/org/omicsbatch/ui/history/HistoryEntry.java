package org.omicsbatch.ui.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchStatus;

/**
 * One line of the history: a batch the service lists, a submission of this machine, or both.
 *
 * @param status    null when the service does not list the batch (deleted, or another account/region)
 * @param draftFile the draft it came from when submitted from this machine
 */
public record HistoryEntry(String batchId, String name, BatchStatus status, Instant createdAt, Integer totalRuns,
        String workflowId, Path draftFile, boolean fromThisMachine, boolean deleted) {

    static HistoryEntry listed(BatchListItem item, LocalSubmission local) {
        return new HistoryEntry(item.id(), item.name(), item.status(), item.createdAt(), item.totalRuns(),
                item.workflowId(), local == null ? null : local.draftFile(), local != null, false);
    }

    static HistoryEntry journalOnly(LocalSubmission local) {
        return new HistoryEntry(local.batchId(), local.batchName(), null, local.submittedAt(), null, null,
                local.draftFile(), true, local.deleted());
    }

    /** What the status column says: the service's status, or why there is none. */
    public String statusText() {
        if (status != null) {
            return status.name();
        }
        return deleted ? "DELETED" : "NOT LISTED";
    }

    /** Only batches the service still knows can be opened in the monitor. */
    public boolean canOpen() {
        return status != null;
    }

    boolean nameContains(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (name != null && name.toLowerCase(Locale.ROOT).contains(needle))
                || (batchId != null && batchId.contains(needle));
    }
}
