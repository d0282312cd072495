package org.omicsbatch.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line per error code telling a researcher what to do next (not what went wrong: the message says that). */
final class ErrorAdvice {
    /** IAM's denial names the action: "... is not authorized to perform: omics:StartRunBatch on resource ...". */
    private static final Pattern ACTION = Pattern.compile("perform:\\s*([a-zA-Z0-9-]+:[A-Za-z0-9*]+)");

    private ErrorAdvice() {
    }

    static String forCode(String code, String operation, String message) {
        if (code == null) {
            return "Try again; if it keeps failing, send the request id to your AWS administrator.";
        }
        switch (code) {
            case "ValidationException":
                return "Correct the value the message names in the draft, then submit again.";
            case "ConflictException":
                return "The batch is busy with another cancel or delete, or its state does not allow this; "
                        + "refresh its status and try again later.";
            case "ThrottlingException":
                return "AWS is limiting the request rate; wait a minute and try again (retries were already made).";
            case "AccessDeniedException":
                return "Ask your AWS administrator to allow " + deniedAction(operation, message)
                        + " for your role, or choose another profile.";
            case "ResourceNotFoundException":
                return "Check the id and that the selected region is the one the batch or workflow lives in.";
            case "ServiceQuotaExceededException":
                return "A HealthOmics quota is reached: wait for running batches to finish, or request a higher "
                        + "quota in the Service Quotas console.";
            case "RequestTimeoutException":
                return "The service took too long; try again in a moment.";
            case "InternalServerException":
                return "A temporary HealthOmics failure; try again — a retried submission never makes a second batch.";
            case "ExpiredTokenException":
            case "ExpiredToken":
                return "Your AWS sign-in has expired; sign in again (for SSO: aws sso login --profile <name>).";
            case "UnrecognizedClientException":
            case "InvalidSignatureException":
            case "InvalidClientTokenId":
                return "AWS does not accept these credentials; check the selected profile and sign in again.";
            default:
                return "Try again; if it keeps failing, send the request id to your AWS administrator.";
        }
    }

    static String deniedAction(String operation, String message) {
        if (message != null) {
            Matcher m = ACTION.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "omics:" + (operation == null ? "*" : operation);
    }
}
