package org.omicsbatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code omics-batch}: the command line over the same core the desktop app uses. */
@Command(name = "omics-batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prepare, validate, submit and follow AWS HealthOmics run batches.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            SandboxCommand.class,
            CheckCommand.class,
            SubmitCommand.class,
            StatusCommand.class,
            ListCommand.class,
            BatchActionCommand.Cancel.class,
            BatchActionCommand.DeleteRuns.class,
            BatchActionCommand.Delete.class,
            BatchActionCommand.Cleanup.class,
            ResubmitFailedCommand.class,
        })
public final class OmicsBatchCommand implements Callable<Integer> {

    /** Exit code when input is fine but has problems (like a compiler). */
    public static final int EXIT_PROBLEMS = 1;
    /** Exit code for usage errors and files that cannot be read or written. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_USAGE;
    }

    /** Runs the command line and returns its exit code (never throws). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OmicsBatchCommand());
        cl.setExecutionExceptionHandler(new CliErrors());
        return cl;
    }
}
