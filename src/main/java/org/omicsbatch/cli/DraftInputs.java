package org.omicsbatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.ParameterTemplate;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.task.Progress;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs validate and render share (a picocli mixin), and printing problems like a compiler. */
final class DraftInputs {

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft: a start-run-batch --cli-input-json file.")
    Path draft;

    @Option(names = "--workflow", paramLabel = "FILE",
            description = "A saved GetWorkflow reply (or its parameterTemplate) to check parameters against.")
    Path workflow;

    /** An input that cannot be used; its message is the whole story (exit code 2). */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message, null, false, false);
        }
    }

    /** The draft and the workflow's template (null when not given), both read. */
    record Loaded(Path file, BatchDraft draft, JsonNode workflow) {
        List<Problem> validate(Progress progress) {
            Path parent = file.toAbsolutePath().getParent();
            return DraftValidator.validate(draft, workflow, parent, progress);
        }

        /** Problem lines on stdout, then one summary line on stderr; returns the number of errors. */
        long report(List<Problem> problems, PrintWriter out, PrintWriter err) {
            for (Problem p : problems) {
                out.println(p.format(file.toString()));
            }
            out.flush();
            long errors = problems.stream().filter(Problem::isError).count();
            err.println(file + ": " + count(errors, "error") + ", " + count(problems.size() - errors, "warning")
                    + " in " + count(draft.runs().size(), "run"));
            err.flush();
            return errors;
        }
    }

    Loaded load() throws InputException {
        try {
            return new Loaded(draft, DraftFiles.read(draft), workflow(workflow));
        } catch (DraftFileException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static JsonNode workflow(Path file) throws InputException, DraftFileException {
        if (file == null) {
            return null;
        }
        JsonNode json = DraftFiles.readJson(file);
        try {
            ParameterTemplate.from(json);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        return json;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
