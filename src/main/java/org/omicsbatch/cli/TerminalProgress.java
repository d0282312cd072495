package org.omicsbatch.cli;

import java.io.PrintWriter;
import org.omicsbatch.task.Progress;

/**
 * Progress of long work as one rewritten line on stderr, shown only at an interactive terminal so
 * that piped output and logs stay clean. Only whole-percent changes are printed.
 */
final class TerminalProgress implements Progress {
    private final PrintWriter err;
    private String lastLine = "";

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err} when a person is watching, else {@link Progress#NONE}. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() == null ? Progress.NONE : new TerminalProgress(err);
    }

    @Override
    public void update(long done, long total, String message) {
        if (total < 1000) {
            return;
        }
        String line = message + " " + (done * 100 / total) + "%";
        if (!line.equals(lastLine)) {
            lastLine = line;
            err.print("\r" + line + "\u001b[K" + (done >= total ? "\r\u001b[K" : ""));
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
