package org.omicsbatch.aws;

/** The request rate is above the service's limit (HTTP 429). */
public final class ThrottlingException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    ThrottlingException(String message, int status, String requestId, String operation) {
        super(details("ThrottlingException", message, status, requestId), operation);
    }
}
