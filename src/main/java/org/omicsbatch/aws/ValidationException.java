package org.omicsbatch.aws;

/** The request does not satisfy the service's constraints (HTTP 400). */
public final class ValidationException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    ValidationException(String message, int status, String requestId, String operation) {
        super(details("ValidationException", message, status, requestId), operation);
    }
}
