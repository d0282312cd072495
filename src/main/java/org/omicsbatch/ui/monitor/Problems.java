package org.omicsbatch.ui.monitor;

/** A failure in plain words for a label or a dialog: never a stack trace, never a class name alone. */
final class Problems {
    private Problems() {
    }

    static String plain(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
        return message.endsWith(".") ? message : message + ".";
    }
}
