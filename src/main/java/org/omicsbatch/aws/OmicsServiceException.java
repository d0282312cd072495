package org.omicsbatch.aws;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * An error reply of HealthOmics, typed by the service's error code (one subclass per error shape of
 * the service model), with the request id AWS support asks for and a one-line {@link #advice()} a
 * researcher can act on.
 *
 * <p>It extends the SDK's {@link AwsServiceException} so the SDK's retry strategy classifies it the way
 * it classifies the SDK's own clients' errors (throttling codes, 5xx, clock skew).
 */
public class OmicsServiceException extends AwsServiceException {
    private static final long serialVersionUID = 1L;

    private final String operation;

    protected OmicsServiceException(AwsServiceException.Builder builder, String operation) {
        super(builder);
        this.operation = operation;
    }

    /** Builds the SDK exception state: message, HTTP status, request id and the error code. */
    static AwsServiceException.Builder details(String code, String message, int status, String requestId) {
        return AwsServiceException.builder()
                .message(message)
                .statusCode(status)
                .requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName("Omics")
                        .build());
    }

    /** The service's error code, e.g. {@code ValidationException}. */
    public String errorCode() {
        return awsErrorDetails() == null ? null : awsErrorDetails().errorCode();
    }

    /** The service's own message, without the SDK's "(Service: …)" suffix. */
    public String serviceMessage() {
        return awsErrorDetails() == null ? null : awsErrorDetails().errorMessage();
    }

    /** The API operation that failed, e.g. {@code StartRunBatch}. */
    public String operation() {
        return operation;
    }

    /** One line telling the user what to do next. */
    public String advice() {
        return ErrorAdvice.forCode(errorCode(), operation, serviceMessage());
    }

    /** A one-line summary for a user: what failed, why, what to do, and the request id for support. */
    public String describe() {
        return operation + " failed: " + errorCode() + ": " + serviceMessage() + " — " + advice()
                + (requestId() == null ? "" : " (request id " + requestId() + ")");
    }
}
