package org.omicsbatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = OmicsBatchCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Saves a draft as draft.json in {@code dir} and returns its path as typed on a command line. */
    static String writeDraft(java.nio.file.Path dir, org.omicsbatch.model.BatchDraft draft) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("draft.json");
        org.omicsbatch.drafts.DraftFiles.write(file, draft);
        return file.toString();
    }

    String all() {
        return out + err;
    }

    /** No stack trace ever reaches a user. */
    boolean hasStackTrace() {
        return all().contains("\tat ") || all().contains("Exception");
    }
}
