package org.omicsbatch.ui.components;

import java.util.Locale;
import org.omicsbatch.aws.AwsSetupException;
import org.omicsbatch.aws.OmicsServiceException;
import org.omicsbatch.ui.UserMessages;

/**
 * A failure in plain words for a label: what went wrong as one sentence, and separately what to do
 * (the core's advice). Never a stack trace, never a class name alone.
 */
public final class ErrorText {
    private ErrorText() {
    }

    /** What went wrong, as one sentence; a service error names the operation and its own message. */
    public static String plain(Throwable e) {
        String message;
        if (e instanceof OmicsServiceException s && s.serviceMessage() != null) {
            message = s.operation() + " failed: " + s.serviceMessage();
        } else {
            message = UserMessages.describe(e);
            if (message.startsWith("Unexpected problem (")) {
                message = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return message.endsWith(".") ? message : message + ".";
    }

    /** What to do about it, when the core knows (empty otherwise). */
    public static String advice(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OmicsServiceException s) {
                return s.advice() + (s.requestId() == null ? "" : " (request id " + s.requestId() + ")");
            }
            if (t instanceof AwsSetupException s) {
                return s.advice();
            }
        }
        return "";
    }

    /** Both in one line, for places with room for only one. */
    public static String withAdvice(Throwable e) {
        String advice = advice(e);
        return advice.isEmpty() ? plain(e) : plain(e) + " " + advice;
    }
}
