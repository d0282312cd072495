package org.omicsbatch.aws;

/** The service timed out handling the request (HTTP 408). */
public final class RequestTimeoutException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    RequestTimeoutException(String message, int status, String requestId, String operation) {
        super(details("RequestTimeoutException", message, status, requestId), operation);
    }
}
