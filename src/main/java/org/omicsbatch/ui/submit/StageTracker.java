package org.omicsbatch.ui.submit;

import org.omicsbatch.task.Progress;

/**
 * Follows a {@code SubmissionService} run stage by stage: each journaled step closes one stage and
 * opens the next, and progress messages between them become the running stage's detail (bytes of
 * an upload, "the service is busy; trying again with the same request id").
 */
final class StageTracker implements Progress {
    private final StageListener listener;
    private final Progress outer;
    private volatile Stage current = Stage.VALIDATE;
    private volatile boolean uploaded;
    private volatile boolean sawUpload;

    /** Starts where {@link DraftChecks} left off: the service validates again (quietly) and journals. */
    StageTracker(StageListener listener, Progress outer) {
        this.listener = listener;
        this.outer = outer;
    }

    Stage current() {
        return current;
    }

    /** The service's journal steps: PREPARED, UPLOADED n, RENDERED, SENDING, CALLED, SENT, REFUSED, ABANDONED. */
    void journaled(String step) {
        if (step.equals("PREPARED")) {
            move(Stage.UPLOAD);
        } else if (step.startsWith("UPLOADED")) {
            uploaded = true;
        } else if (step.equals("RENDERED")) {
            if (uploaded || current == Stage.UPLOAD && sawUpload) {
                listener.finished(Stage.UPLOAD, "Uploaded");
            } else {
                listener.skipped(Stage.UPLOAD, "Nothing to upload: the runs travel inline in the request");
            }
            current = Stage.START;
        } else if (step.equals("SENDING")) {
            if (current != Stage.START) { // a resumed submission starts here
                listener.skipped(Stage.UPLOAD, "Uploaded before");
            }
            move(Stage.START);
        } else if (step.equals("SENT")) {
            listener.finished(Stage.START, "The service accepted the batch");
        }
    }

    @Override
    public void update(long done, long total, String message) {
        outer.update(done, total, message);
        if (current == Stage.VALIDATE) {
            return; // the service's own validation repeats what DraftChecks showed
        }
        if (current == Stage.UPLOAD && message != null && (message.startsWith("uploading")
                || message.startsWith("hashing") || message.contains("settings file"))) {
            sawUpload = true;
        }
        String detail = current == Stage.START && message != null && message.contains("busy")
                ? "Throttled — retrying with the same request id…" : message;
        listener.progress(current, done, total, detail);
    }

    @Override
    public boolean isCancelled() {
        return outer.isCancelled();
    }

    private void move(Stage next) {
        current = next;
        listener.started(next);
    }
}
