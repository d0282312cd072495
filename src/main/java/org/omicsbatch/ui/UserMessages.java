package org.omicsbatch.ui;

import org.omicsbatch.aws.AwsErrors;

/**
 * Turns an error into words for a dialog or a message line: what failed and, from the core, what to
 * do about it. Never a stack trace.
 */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(Throwable error) {
        return describe(error, null);
    }

    /** {@code profile} names the AWS profile in sign-in advice ("aws sso login --profile research"). */
    public static String describe(Throwable error, String profile) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root
                && (isWrapper(root) || root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String message = AwsErrors.describe(root, profile);
        // The core names an exception that carries no message by its class: that is no words for a user.
        boolean wordless = message == null || message.isBlank() || message.equals(root.getClass().getSimpleName());
        return wordless ? "Unexpected problem (" + root.getClass().getSimpleName() + ")" : message.strip();
    }

    /** Exceptions that only wrap another one and add nothing the user can act on. */
    private static boolean isWrapper(Throwable error) {
        return error instanceof java.util.concurrent.ExecutionException
                || error instanceof java.util.concurrent.CompletionException
                || error instanceof java.lang.reflect.InvocationTargetException
                || error instanceof java.io.UncheckedIOException;
    }
}
