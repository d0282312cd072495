package org.omicsbatch.sandbox;

import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.SubmissionStatus;

/** One run setting of a batch and what became of its start, cancel and delete submissions. */
final class RunEntry {
    /** QUEUED (waiting for the StartRun quota), STARTED, START_FAILED or NOT_STARTED (cancelled first). */
    enum Phase { QUEUED, STARTED, START_FAILED, NOT_STARTED }

    public String runSettingId;
    public InlineSetting setting;
    public Phase phase = Phase.QUEUED;
    public String runId;
    public String runUuid;
    public String runArn;
    public SubmissionStatus submissionStatus;
    public String submissionFailureReason;
    public String submissionFailureMessage;
    /** Outcome of the cancel submission for this run: null (none), true or false. */
    public Boolean cancelSucceeded;
    public Boolean deleteSucceeded;
    /** Why this entry of a settings file breaks the InlineSetting shape, found when the file was read. */
    public String invalidSetting;

    RunEntry() {
    }

    RunEntry(InlineSetting setting) {
        this.setting = setting;
        this.runSettingId = setting.runSettingId();
    }

    void failStart(String reason, String message) {
        phase = Phase.START_FAILED;
        submissionStatus = SubmissionStatus.FAILED;
        submissionFailureReason = reason;
        submissionFailureMessage = message;
    }
}
