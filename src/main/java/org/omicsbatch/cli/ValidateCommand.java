package org.omicsbatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft: a start-run-batch --cli-input-json file.")
    Path draft;

    @Option(names = "--workflow", paramLabel = "FILE",
            description = "A saved GetWorkflow reply (or its parameterTemplate) to check parameters against.")
    Path workflow;

    @Mixin
    SheetOptions sheet;

    @Override
    public Integer call() {
        BatchDraft d;
        JsonNode template;
        try {
            d = DraftInputs.draft(draft);
            template = DraftInputs.workflow(workflow);
            d = sheet.apply(d, DraftInputs.folderOf(draft), template);
        } catch (DraftInputs.InputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OmicsBatchCommand.EXIT_USAGE;
        }
        List<Problem> problems = DraftValidator.validate(d, template, DraftInputs.folderOf(draft), Progress.NONE);
        long errors = sheet.report(spec.commandLine().getOut())
                + DraftInputs.report(draft, d, problems, spec.commandLine().getOut(), spec.commandLine().getErr());
        return errors > 0 ? OmicsBatchCommand.EXIT_PROBLEMS : 0;
    }
}
