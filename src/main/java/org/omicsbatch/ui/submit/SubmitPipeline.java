package org.omicsbatch.ui.submit;

import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.task.Progress;

/**
 * One submission as the submit step drives it: validate → preflight → upload → StartRunBatch. The
 * first call submits; every later call (Retry) continues the same journaled submission with the
 * same request id, so the service returns the batch it already made instead of making a second.
 */
public interface SubmitPipeline {

    /**
     * Runs the stages up to and including StartRunBatch.
     *
     * @throws SubmitProblem      when a stage found problems the user must fix in the draft
     * @throws Progress.Cancelled when the user cancelled
     * @throws RuntimeException   a service or network error (shown with the core's advice)
     */
    StartRunBatchResponse submit(StageListener listener, Progress progress);

    /** The submission's request id once it has one (shown to the user), else null. */
    String requestId();
}
