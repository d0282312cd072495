package org.omicsbatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.omicsbatch.aws.AwsErrors;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.model.Json;
import org.omicsbatch.submit.ActionRefused;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.SubmissionRefused;
import org.omicsbatch.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command that talks to AWS shares: connection options, {@code --json}, one session, and
 * failures as one line each. Exit 1 when the request was understood but refused (draft errors, a
 * state that forbids the action, failed runs); 2 when the call could not be made or the input is bad.
 */
abstract class AwsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--json", description = "Print the result as JSON on stdout (progress stays on stderr).")
    boolean json;

    /** The command's work; returns the exit code. */
    abstract int run(AwsSession session, Journal journal) throws Exception;

    @Override
    public final Integer call() throws Exception {
        try (AwsSession session = connection.open()) {
            return run(session, Journal.open());
        } catch (SubmissionRefused | ActionRefused e) {
            err().println(e.getMessage());
            return OmicsBatchCommand.EXIT_PROBLEMS;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (RuntimeException e) {
            String line = AwsErrors.describe(e, connection.profile);
            err().println("omics-batch: " + (line == null ? CliErrors.message(e) : line));
            return OmicsBatchCommand.EXIT_USAGE;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Progress progress() {
        return CliProgress.forCalls(err());
    }

    void printJson(Object value) throws Exception {
        out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        out().flush();
    }
}
