package org.omicsbatch.submit;

import java.time.Duration;
import java.util.Optional;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.BatchPaginators;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.ListBatchRequest;

/**
 * Finds the batch a submission made without knowing its id: ListBatch by the journaled name, then
 * GetBatch on each candidate until one carries the submission's id in its tags. Names are not unique
 * (a pilot and the rest share one), the tag is.
 */
final class BatchFinder {
    /** Clocks differ: a batch made a little "before" the journal entry is still a candidate. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(10);

    private BatchFinder() {
    }

    static Optional<Batch> find(BatchApi api, Submission submission) {
        if (submission.batchName() == null) {
            return Optional.empty();
        }
        ListBatchRequest byName = new ListBatchRequest(null, null, null, submission.batchName(), null);
        return BatchPaginators.batches(api, byName)
                .filter(item -> recentEnough(item, submission))
                .map(item -> api.getBatch(item.id()))
                .filter(batch -> batch.tags() != null
                        && submission.submissionId().equals(batch.tags().get(Submission.TAG)))
                .findFirst();
    }

    private static boolean recentEnough(BatchListItem item, Submission submission) {
        return item.createdAt() == null || submission.createdAt() == null
                || !item.createdAt().isBefore(submission.createdAt().minus(CLOCK_SLACK));
    }
}
