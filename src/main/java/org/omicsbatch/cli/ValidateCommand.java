package org.omicsbatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code omics-batch validate DRAFT [--workflow FILE]}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a batch draft against every rule of the StartRunBatch API, before anything is sent.",
            "Prints one line per problem: DRAFT: run <runSettingId> (#<index>): <field>: <message>",
            "(#<index> counts runs from 0 in inlineSettings; batch-level problems have no run part)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:the draft has errors", "2:usage error or unreadable file"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DraftInputs inputs;

    @Mixin
    SheetOptions sheet;

    @Override
    public Integer call() {
        DraftInputs.Loaded loaded;
        try {
            loaded = sheet.apply(inputs.load());
        } catch (DraftInputs.InputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OmicsBatchCommand.EXIT_USAGE;
        }
        long errors = sheet.report(spec.commandLine().getOut()) + loaded.report(loaded.validate(CliProgress.forTerminal(spec.commandLine().getErr())), spec.commandLine().getOut(), spec.commandLine().getErr());
        return errors > 0 ? OmicsBatchCommand.EXIT_PROBLEMS : 0;
    }
}
