package org.omicsbatch.ui.submit;

import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.task.Progress;

/**
 * The core's submission as the submit step drives it: validate → preflight → upload → StartRunBatch
 * with the given request id (journaled before the call, so a retry after a network drop asks for
 * the same batch and the service returns it instead of creating a second one).
 */
public interface SubmitPipeline {

    /**
     * Runs every stage up to and including StartRunBatch.
     *
     * @throws SubmitProblem         when a stage found problems the user must fix
     * @throws Progress.Cancelled    when the user cancelled
     * @throws RuntimeException      a service or network error (shown with the core's advice)
     */
    StartRunBatchResponse submit(BatchDraft draft, String requestId, StageListener listener, Progress progress);
}
