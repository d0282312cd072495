package org.omicsbatch.submit;

/** An action the batch's current state does not allow (checked before calling the service). */
public final class ActionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActionRefused(String message) {
        super(message);
    }
}
