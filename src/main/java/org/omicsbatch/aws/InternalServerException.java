package org.omicsbatch.aws;

/** An unexpected service-side failure (HTTP 500). */
public final class InternalServerException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    InternalServerException(String message, int status, String requestId, String operation) {
        super(details("InternalServerException", message, status, requestId), operation);
    }
}
