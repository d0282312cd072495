package org.omicsbatch.aws;

/** The resource's current state does not allow the operation (HTTP 409). */
public final class ConflictException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    ConflictException(String message, int status, String requestId, String operation) {
        super(details("ConflictException", message, status, requestId), operation);
    }
}
