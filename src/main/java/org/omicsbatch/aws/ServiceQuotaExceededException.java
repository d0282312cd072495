package org.omicsbatch.aws;

/** The request exceeds a HealthOmics service quota (HTTP 402). */
public final class ServiceQuotaExceededException extends OmicsServiceException {
    private static final long serialVersionUID = 1L;

    ServiceQuotaExceededException(String message, int status, String requestId, String operation) {
        super(details("ServiceQuotaExceededException", message, status, requestId), operation);
    }
}
