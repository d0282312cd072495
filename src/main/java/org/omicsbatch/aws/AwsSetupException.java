package org.omicsbatch.aws;

/** The connection cannot be set up (no region, no credentials, an expired sign-in), with what to do. */
public final class AwsSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String advice;

    public AwsSetupException(String message, String advice) {
        super(message);
        this.advice = advice;
    }

    public String advice() {
        return advice;
    }

    @Override
    public String toString() {
        return getMessage() + ": " + advice;
    }
}
