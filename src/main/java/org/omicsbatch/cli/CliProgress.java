package org.omicsbatch.cli;

import java.io.PrintWriter;
import org.omicsbatch.task.Progress;

/** Progress as a line on stderr, at most twice a second (stdout stays clean for --json). */
final class CliProgress implements Progress {
    private final PrintWriter err;
    private long lastPrinted;
    private String lastMessage;

    CliProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && message.equals(lastMessage) && now - lastPrinted < 500_000_000L) {
            return;
        }
        lastPrinted = now;
        lastMessage = message;
        err.println(total > 0 ? message + ": " + done + " of " + total : message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
