package org.omicsbatch.submit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.UploadedFile;
import org.omicsbatch.model.BatchStatus;

/**
 * The journal's record of one submission: everything needed to finish it after a crash without ever
 * making a second batch, and to find its batch again later. Never holds credentials.
 *
 * @param submissionId  this app's id of the submission, also the batch's {@value #TAG} tag
 * @param requestId     the StartRunBatch idempotency token, made once and reused by every retry
 * @param runSettingIds the runs this submission sends (a pilot sends the first N)
 * @param files         per-run local files uploaded, by the {@code file:} value they replace
 * @param settingsFile  the uploaded settings file, when the runs did not travel inline
 * @param requestFile   the rendered request, kept beside the journal entry so a retry re-sends it as is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Submission(
        String submissionId,
        String requestId,
        Step step,
        Instant createdAt,
        Instant updatedAt,
        String draftPath,
        String draftSha256,
        String batchName,
        String profile,
        String region,
        String endpoint,
        List<String> runSettingIds,
        Map<String, UploadedFile> files,
        UploadedFile settingsFile,
        String requestFile,
        String batchId,
        String batchArn,
        BatchStatus lastStatus,
        Instant lastCheckedAt,
        boolean batchDeleted,
        boolean filesCleanedUp,
        String error) {

    /** The batch tag that carries {@link #submissionId}. */
    public static final String TAG = "omics-batch:submission-id";

    /** Where a submission is. Each step is journaled before the work of the next one starts. */
    public enum Step {
        /** Journaled with its requestId; nothing uploaded or sent yet. */
        PREPARED,
        /** Files uploaded and the request rendered (kept in {@link #requestFile}). */
        RENDERED,
        /** About to call StartRunBatch (or called it and did not hear back). */
        SENDING,
        /** The batch exists and its id is recorded. */
        SENT,
        /** The service refused the request: there is no batch. */
        REFUSED,
        /** Could not be finished (the draft changed before anything was sent): there is no batch. */
        ABANDONED;

        public boolean isOpen() {
            return this == PREPARED || this == RENDERED || this == SENDING;
        }
    }

    public Submission {
        runSettingIds = runSettingIds == null ? List.of() : List.copyOf(runSettingIds);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    Submission with(Step next) {
        return new Submission(submissionId, requestId, next, createdAt, Instant.now(), draftPath, draftSha256,
                batchName, profile, region, endpoint, runSettingIds, files, settingsFile, requestFile, batchId,
                batchArn, lastStatus, lastCheckedAt, batchDeleted, filesCleanedUp, error);
    }

    Submission withFiles(Map<String, UploadedFile> value) {
        return new Submission(submissionId, requestId, step, createdAt, Instant.now(), draftPath, draftSha256,
                batchName, profile, region, endpoint, runSettingIds, value, settingsFile, requestFile, batchId,
                batchArn, lastStatus, lastCheckedAt, batchDeleted, filesCleanedUp, error);
    }

    Submission withRendered(UploadedFile settings, String request) {
        return new Submission(submissionId, requestId, Step.RENDERED, createdAt, Instant.now(), draftPath,
                draftSha256, batchName, profile, region, endpoint, runSettingIds, files, settings, request, batchId,
                batchArn, lastStatus, lastCheckedAt, batchDeleted, filesCleanedUp, error);
    }

    Submission withBatch(String id, String arn, BatchStatus status) {
        return new Submission(submissionId, requestId, Step.SENT, createdAt, Instant.now(), draftPath, draftSha256,
                batchName, profile, region, endpoint, runSettingIds, files, settingsFile, requestFile, id, arn,
                status, Instant.now(), batchDeleted, filesCleanedUp, null);
    }

    Submission withStatus(BatchStatus status, boolean deleted) {
        return new Submission(submissionId, requestId, step, createdAt, Instant.now(), draftPath, draftSha256,
                batchName, profile, region, endpoint, runSettingIds, files, settingsFile, requestFile, batchId,
                batchArn, status, Instant.now(), deleted, filesCleanedUp, error);
    }

    Submission withFilesCleanedUp() {
        return new Submission(submissionId, requestId, step, createdAt, Instant.now(), draftPath, draftSha256,
                batchName, profile, region, endpoint, runSettingIds, files, settingsFile, requestFile, batchId,
                batchArn, lastStatus, lastCheckedAt, batchDeleted, true, error);
    }

    Submission withError(Step next, String message) {
        return new Submission(submissionId, requestId, next, createdAt, Instant.now(), draftPath, draftSha256,
                batchName, profile, region, endpoint, runSettingIds, files, settingsFile, requestFile, batchId,
                batchArn, lastStatus, lastCheckedAt, batchDeleted, filesCleanedUp, message);
    }

    /**
     * Whether this submission was made on the connection described: profile, region and endpoint as
     * journaled. The sandbox takes a new port at every start, so any loopback endpoint counts as the
     * sandbox (its state is kept between starts), and a sandbox submission never matches an AWS account.
     */
    public boolean madeOn(String profileNow, String regionNow, String endpointNow) {
        boolean sandbox = isLoopback(endpoint);
        if (sandbox || isLoopback(endpointNow)) {
            return sandbox && isLoopback(endpointNow);
        }
        return java.util.Objects.equals(profile, profileNow) && java.util.Objects.equals(region, regionNow)
                && java.util.Objects.equals(endpoint, endpointNow);
    }

    private static boolean isLoopback(String endpoint) {
        return endpoint != null && org.omicsbatch.aws.ConnectionSettings.isLoopback(java.net.URI.create(endpoint));
    }
}
