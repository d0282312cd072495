package org.omicsbatch.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.ResourceNotFoundException;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.aws.S3Location;
import org.omicsbatch.aws.UploadedFile;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.SubmissionSummary;

/**
 * Cancel, delete runs, delete the batch, clean up uploaded files: each checks the service's state
 * rule first (so the user reads why not, instead of a ConflictException), and reports partial
 * outcomes from the batch's submission counters, since cancel and delete are not atomic.
 */
public final class BatchActions {
    private final BatchApi api;
    private final Journal journal;

    public BatchActions(BatchApi api, Journal journal) {
        this.api = api;
        this.journal = journal;
    }

    /** What an action did. */
    public record Outcome(String batchId, String action, BatchStatus before, Batch after, String message) {
    }

    public Outcome cancel(String batchId) {
        Batch before = require(batchId, BatchStatus::canCancel, "Cancel",
                "only a PENDING, SUBMITTING or INPROGRESS batch can be cancelled");
        api.cancelRunBatch(batchId);
        Batch after = api.getBatch(batchId);
        SubmissionSummary s = summary(after);
        return new Outcome(batchId, "cancel", before.status(), after, "Cancel requested (now " + after.status()
                + "): " + n(s.successfulCancelSubmissionCount()) + " run cancellations succeeded, "
                + n(s.failedCancelSubmissionCount()) + " failed so far; runs that already ended stay as they are.");
    }

    public Outcome deleteRuns(String batchId) {
        Batch before = require(batchId, BatchStatus::canDeleteRuns, "Deleting runs",
                "runs can be deleted once the batch is PROCESSED or CANCELLED");
        api.deleteRunBatch(batchId);
        Batch after = api.getBatch(batchId);
        SubmissionSummary s = summary(after);
        return new Outcome(batchId, "delete-runs", before.status(), after, "Deleting runs (now " + after.status()
                + "): " + n(s.successfulDeleteSubmissionCount()) + " deleted, "
                + n(s.failedDeleteSubmissionCount()) + " failed so far.");
    }

    public Outcome deleteBatch(String batchId) {
        Batch before = require(batchId, BatchStatus::canDeleteBatch, "Deleting the batch",
                "a batch can be deleted once it is PROCESSED, FAILED, CANCELLED or RUNS_DELETED "
                        + "(its runs are kept: delete them first with delete-runs if wanted)");
        api.deleteBatch(batchId);
        journal.findByBatchId(batchId).ifPresent(s -> journal.save(s.withStatus(before.status(), true)));
        return new Outcome(batchId, "delete", before.status(), null,
                "Batch " + batchId + " deleted; its runs were not touched.");
    }

    /** Removes the files this app uploaded for the batch, once the service no longer reads them. */
    public List<String> cleanup(String batchId, S3Files s3) {
        Submission s = journal.findByBatchId(batchId).orElseThrow(() -> new ActionRefused(
                "No submission of batch " + batchId + " in this computer's journal: nothing this app uploaded for it."));
        if (!s.batchDeleted()) {
            try {
                Batch b = api.getBatch(batchId);
                if (b.status() == null || !b.status().isTerminal()) {
                    throw new ActionRefused("The batch is " + b.status() + ": its files are still needed; clean up "
                            + "once it is PROCESSED, FAILED, CANCELLED or RUNS_DELETED.");
                }
            } catch (ResourceNotFoundException deleted) {
                // A deleted batch reads nothing any more.
            }
        }
        List<String> removed = new ArrayList<>();
        List<UploadedFile> files = new ArrayList<>(s.files().values());
        if (s.settingsFile() != null) {
            files.add(s.settingsFile());
        }
        // Content-addressed keys are shared: a file another batch still uses (a pilot and the rest
        // share default parameter files) stays until that batch is cleaned up too.
        java.util.Set<String> stillUsed = new java.util.HashSet<>();
        journal.list().stream().filter(o -> !o.submissionId().equals(s.submissionId()) && !o.filesCleanedUp())
                .forEach(o -> {
                    o.files().values().forEach(f -> stillUsed.add(f.uri()));
                    if (o.settingsFile() != null) {
                        stillUsed.add(o.settingsFile().uri());
                    }
                });
        for (UploadedFile f : files) {
            if (!stillUsed.contains(f.uri())) {
                s3.delete(S3Location.require(f.uri()));
                removed.add(f.uri());
            }
        }
        journal.save(s.withFilesCleanedUp());
        return removed;
    }

    private Batch require(String batchId, Predicate<BatchStatus> allowed, String action, String rule) {
        Batch batch = api.getBatch(batchId);
        if (batch.status() == null || !allowed.test(batch.status())) {
            throw new ActionRefused(action + " is not possible now: the batch is " + batch.status() + "; " + rule + ".");
        }
        return batch;
    }

    private static SubmissionSummary summary(Batch b) {
        return b.submissionSummary() == null ? SubmissionSummary.EMPTY : b.submissionSummary();
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }
}
