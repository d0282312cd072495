package org.omicsbatch.ui.components;

import java.util.Locale;

/** A failure in plain words for a label or a dialog: never a stack trace, never a class name alone. */
public final class ErrorText {
    private ErrorText() {
    }

    /** What went wrong, as one sentence. */
    public static String plain(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        return message.endsWith(".") ? message : message + ".";
    }

    /** What to do about it, when the core knows (empty otherwise). */
    public static String advice(Throwable e) {
        return "";
    }
}
