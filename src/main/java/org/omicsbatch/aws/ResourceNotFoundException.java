package org.omicsbatch.aws;

/** The batch, run or workflow does not exist in this region (HTTP 404). */
public final class ResourceNotFoundException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    ResourceNotFoundException(String message, int status, String requestId, String operation) {
        super(details("ResourceNotFoundException", message, status, requestId), operation);
    }
}
