package org.omicsbatch.ui;

/**
 * Turns an error into words for a dialog or a message line: the error's own message and, when the
 * core gives one, its advice. Never a stack trace.
 */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(Throwable error) {
        Throwable root = error;
        while ((root.getMessage() == null || root.getMessage().isBlank() || isWrapper(root)) && root.getCause() != null
                && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = "Unexpected problem (" + root.getClass().getSimpleName() + ")";
        }
        return message.strip();
    }

    /** Exceptions that only wrap another one and add nothing the user can act on. */
    private static boolean isWrapper(Throwable error) {
        return error instanceof java.util.concurrent.ExecutionException
                || error instanceof java.util.concurrent.CompletionException
                || error instanceof java.lang.reflect.InvocationTargetException
                || error instanceof java.io.UncheckedIOException;
    }
}
