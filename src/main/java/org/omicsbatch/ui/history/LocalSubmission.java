package org.omicsbatch.ui.history;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What this machine's journal remembers of one submission, as the history list needs it.
 *
 * @param batchId   null when the submission never got a batch (it failed before StartRunBatch answered)
 * @param draftFile the draft it was submitted from, or null
 * @param deleted   the batch was deleted from this app (the service no longer lists it)
 */
public record LocalSubmission(String requestId, String batchId, String batchName, Instant submittedAt,
        Path draftFile, boolean deleted) {
}
