package org.omicsbatch.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** One line for any failure of an AWS call, so neither front door ever shows a stack trace. */
public final class AwsErrors {
    private AwsErrors() {
    }

    /** An SDK client's service error as ours (same code, status and request id). */
    static OmicsServiceException translate(AwsServiceException e, String operation) {
        if (e instanceof OmicsServiceException ours) {
            return ours;
        }
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return ServiceErrors.of(code == null ? ServiceErrors.codeForStatus(e.statusCode()) : code,
                message, e.statusCode(), e.requestId(), operation, e);
    }

    /**
     * What failed and what to do, in one line. {@code profile} names the profile in sign-in advice.
     * Null for a failure that is not AWS's and carries no message: the caller words that one itself.
     */
    public static String describe(Throwable failure, String profile) {
        if (failure instanceof OmicsServiceException e) {
            return e.describe();
        }
        if (failure instanceof AwsSetupException e) {
            return e.getMessage() + ": " + e.advice();
        }
        if (failure instanceof AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            return (code == null ? "" : code + ": ") + message(e) + " — "
                    + ErrorAdvice.forCode(code, null, message(e)).replace("<name>", profileName(profile));
        }
        if (failure instanceof SdkClientException e) {
            return message(e) + " — " + clientAdvice(message(e), profile);
        }
        String m = failure.getMessage();
        return m == null || m.isBlank() ? null : m;
    }

    static String clientAdvice(String message, String profile) {
        String m = message == null ? "" : message;
        if (m.contains("SSO") && (m.contains("expired") || m.contains("invalid") || m.contains("Token"))) {
            return "Run: aws sso login --profile " + profileName(profile);
        }
        if (m.contains("Unable to load credentials") || m.contains("Unable to load region")) {
            return "Choose an AWS profile (--profile) or sign in with aws configure / aws sso login.";
        }
        if (m.contains("cannot reach") || m.contains("Unable to execute HTTP request")) {
            return "Check the network connection, proxy and endpoint, then try again.";
        }
        return "Try again; if it keeps failing, check the profile, region and network.";
    }

    private static String profileName(String profile) {
        return profile == null ? "default" : profile;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
