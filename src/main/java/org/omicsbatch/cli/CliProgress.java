package org.omicsbatch.cli;

import java.io.PrintWriter;
import org.omicsbatch.task.Progress;

/**
 * Progress of long work on stderr, so stdout stays clean for {@code --json} and pipes. At an
 * interactive terminal it is one line rewritten in place (whole-percent steps); elsewhere, for
 * commands that talk to AWS, a plain line at most twice a second, which logs of scripts can keep.
 */
final class CliProgress implements Progress {
    private static final long LINE_INTERVAL_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean rewrite;
    /** Local work on fewer items ends before a line would help. */
    private final long minTotal;
    private long lastPrinted;
    private String lastLine = "";

    private CliProgress(PrintWriter err, boolean rewrite, long minTotal) {
        this.err = err;
        this.rewrite = rewrite;
        this.minTotal = minTotal;
    }

    /** For local work (validate, render): shown only when a person is watching. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() == null ? Progress.NONE : new CliProgress(err, true, 1000);
    }

    /** For calls to AWS: always shown, as one rewritten line at a terminal or as lines in a log. */
    static Progress forCalls(PrintWriter err) {
        return new CliProgress(err, System.console() != null, 0);
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        if (total < minTotal) {
            return;
        }
        if (rewrite) {
            rewriteLine(done, total, message);
        } else {
            printLine(done, total, message);
        }
    }

    private void rewriteLine(long done, long total, String message) {
        String line = total > 0 ? message + " " + (done * 100 / total) + "%" : message;
        if (!line.equals(lastLine)) {
            lastLine = line;
            err.print("\r" + line + "\u001b[K" + (total > 0 && done >= total ? "\r\u001b[K" : ""));
            err.flush();
        }
    }

    private void printLine(long done, long total, String message) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && message.equals(lastLine) && now - lastPrinted < LINE_INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        lastLine = message;
        err.println(total > 0 ? message + ": " + done + " of " + total : message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
