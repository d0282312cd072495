package org.omicsbatch.submit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;

/**
 * One run of a batch as the monitor knows it: how its submission went (ListRunsInBatch) and how its
 * execution goes (ListRuns), joined by {@code runId}.
 *
 * @param failureReason  the submission's failure reason and message, or the run's (GetRun) when it failed
 * @param outputLocation where the run writes: its effective {@code outputUri} followed by its run id
 * @param outputSource   how that location is known (confirmed, or only expected); null in snapshots
 *                       cached before the monitor said so
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRow(String runSettingId, String runId, SubmissionStatus submissionStatus, RunStatus runStatus,
        String failureReason, String outputLocation, OutputSource outputSource) {

    /** Failed to start, or started and failed. */
    public boolean failed() {
        return submissionStatus == SubmissionStatus.FAILED || runStatus == RunStatus.FAILED;
    }

    /** The location is a guess from the batch default, not the run's own setting. */
    public boolean outputExpected() {
        return outputLocation != null && outputSource != OutputSource.SUBMISSION
                && outputSource != OutputSource.SERVICE;
    }

    /** Where the run writes, marked "(expected)" when only the batch default is known; null when unknown. */
    public String outputText() {
        if (outputLocation == null) {
            return null;
        }
        return outputExpected() ? outputLocation + " (expected)" : outputLocation;
    }

    /** How the output location is known, as the CSV and the clipboard write it ("" when not said). */
    public String outputSourceLabel() {
        return outputSource == null ? "" : outputSource.label();
    }
}
