package org.omicsbatch.sandbox;

/**
 * A HealthOmics error as the service sends it: the error type (the model's exception shape name,
 * sent in {@code x-amzn-ErrorType}), its HTTP status from the model, and a message.
 */
public final class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final int status;

    public SandboxException(String errorType, int status, String message) {
        super(message);
        this.errorType = errorType;
        this.status = status;
    }

    public String errorType() {
        return errorType;
    }

    public int status() {
        return status;
    }

    public static SandboxException validation(String message) {
        return new SandboxException("ValidationException", 400, message);
    }

    public static SandboxException notFound(String message) {
        return new SandboxException("ResourceNotFoundException", 404, message);
    }

    public static SandboxException conflict(String message) {
        return new SandboxException("ConflictException", 409, message);
    }

    public static SandboxException throttling(String message) {
        return new SandboxException("ThrottlingException", 429, message);
    }

    public static SandboxException internal(String message) {
        return new SandboxException("InternalServerException", 500, message);
    }
}
