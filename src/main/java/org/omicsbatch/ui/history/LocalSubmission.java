package org.omicsbatch.ui.history;

import java.nio.file.Path;
import java.time.Instant;
import org.omicsbatch.model.BatchStatus;

/**
 * What this machine's journal remembers of one submission, as history and monitor need it.
 *
 * @param batchId    null when the submission never got a batch (it failed before StartRunBatch answered)
 * @param draftFile  the draft it was submitted from, or null
 * @param lastStatus the status last seen, or null when never looked at since submission
 * @param deleted    the batch was deleted from this app (the service no longer lists it)
 */
public record LocalSubmission(String requestId, String batchId, String batchName, Instant submittedAt,
        Path draftFile, BatchStatus lastStatus, boolean deleted) {

    /** A batch still worth following: it exists, was not deleted, and was not seen finished. */
    public boolean stillRunning() {
        return batchId != null && !deleted && (lastStatus == null || !lastStatus.isTerminal());
    }
}
