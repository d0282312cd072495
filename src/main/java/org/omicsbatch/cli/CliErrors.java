package org.omicsbatch.cli;

import picocli.CommandLine;

/**
 * Turns any failure that reaches the top into one plain line on stderr and exit code 2: a user of
 * the command line never sees a stack trace (set {@code OMICS_BATCH_DEBUG=1} to get one).
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("omics-batch: " + message(ex));
        if (System.getenv("OMICS_BATCH_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return OmicsBatchCommand.EXIT_USAGE;
    }

    static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
