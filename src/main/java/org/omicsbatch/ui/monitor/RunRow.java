package org.omicsbatch.ui.monitor;

import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;

/**
 * One line of the runs table: how a run setting fared at submission (ListRunsInBatch) joined with
 * how its run is doing (ListRuns, GetRun for failures). Immutable: a poll replaces rows, it never
 * edits them, so the table can hold 100,000 of them without a property object per cell.
 *
 * @param submissionFailure reason and message of a failed submission, or null
 * @param runStatus         null while the run is not listed yet (or its submission failed)
 * @param failureReason     GetRun's {@code failureReason} of a failed run, or null
 * @param outputLocation    where the run writes its outputs, or null when unknown
 */
public record RunRow(String runSettingId, String runId, SubmissionStatus submissionStatus, String submissionFailure,
        RunStatus runStatus, String failureReason, String outputLocation) {

    /** A run that failed to submit or failed while running: what "Resubmit failed runs" takes. */
    public boolean failed() {
        return submissionStatus == SubmissionStatus.FAILED || runStatus == RunStatus.FAILED;
    }

    /** The reason to show in the table: the submission's, else the run's. */
    public String reason() {
        return submissionFailure != null ? submissionFailure : failureReason;
    }

    /** The status the filter and the table show: the run's once it exists, else the submission's. */
    public String displayStatus() {
        if (runStatus != null) {
            return runStatus.name();
        }
        return submissionStatus == null ? "NOT_LISTED" : "SUBMISSION_" + submissionStatus.name();
    }

    /** Whether the search text occurs in any text column (case-insensitive). */
    public boolean matches(String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String n = needle.strip().toLowerCase(java.util.Locale.ROOT);
        for (String text : new String[] {runSettingId, runId, submissionFailure, failureReason, outputLocation}) {
            if (text != null && text.toLowerCase(java.util.Locale.ROOT).contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** One tab-separated line, as "Copy" puts it on the clipboard (pastes into a spreadsheet). */
    public String toTsv() {
        return String.join("\t", blank(runSettingId), blank(runId),
                submissionStatus == null ? "" : submissionStatus.name(), blank(submissionFailure),
                runStatus == null ? "" : runStatus.name(), blank(failureReason), blank(outputLocation));
    }

    public static String tsvHeader() {
        return "runSettingId\trunId\tsubmissionStatus\tsubmissionFailure\trunStatus\tfailureReason\toutputLocation";
    }

    private static String blank(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
