package org.omicsbatch.aws;

/** The caller lacks a permission the operation needs (HTTP 403). */
public final class AccessDeniedException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    AccessDeniedException(String message, int status, String requestId, String operation) {
        super(details("AccessDeniedException", message, status, requestId), operation);
    }
}
