package org.omicsbatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.ParameterTemplate;
import org.omicsbatch.plan.Problem;

/** What validate and render share: reading their inputs and printing problems like a compiler. */
final class DraftInputs {

    /** An input that cannot be used; its message is the whole story (exit code 2). */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message, null, false, false);
        }
    }

    private DraftInputs() {
    }

    static BatchDraft draft(Path file) throws InputException {
        try {
            return DraftFiles.read(file);
        } catch (DraftFileException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** The workflow's GetWorkflow reply (or bare parameter template), or null when not given. */
    static JsonNode workflow(Path file) throws InputException {
        if (file == null) {
            return null;
        }
        try {
            JsonNode json = DraftFiles.readJson(file);
            ParameterTemplate.from(json);
            return json;
        } catch (DraftFileException e) {
            throw new InputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    /** The folder {@code file:} parameter values are relative to. */
    static Path folderOf(Path draft) {
        Path parent = draft.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Problem lines on stdout, then one summary line on stderr; returns the number of errors. */
    static long report(Path draft, BatchDraft d, List<Problem> problems, PrintWriter out, PrintWriter err) {
        for (Problem p : problems) {
            out.println(p.format(draft.toString()));
        }
        out.flush();
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        err.println(draft + ": " + count(errors, "error") + ", " + count(warnings, "warning") + " in "
                + count(d.runs().size(), "run"));
        err.flush();
        return errors;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
