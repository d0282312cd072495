package org.omicsbatch.cli;

import java.nio.file.Path;
import java.util.List;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.PreflightFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omics-batch check DRAFT}: the inputs exist, the workflow can run, the outputs are reachable. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Preflight a draft against AWS before submitting: every s3:// input of every run exists",
            "(HeadObject), the workflow is PRIVATE and ACTIVE, and each output bucket is reachable.",
            "What your identity may not check is a warning, not an error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing missing (warnings allowed)", "1:something is missing or unusable",
            "2:usage error, unreadable file or AWS call failed"})
final class CheckCommand extends AwsCommand {
    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft: a start-run-batch --cli-input-json file.")
    Path draft;

    @Option(names = "--parallel", paramLabel = "N", description = "HeadObject calls at a time (default: 32).")
    int parallel = 32;

    @Override
    int run(AwsSession session, Journal journal) throws Exception {
        BatchDraft d;
        try {
            d = DraftFiles.read(draft);
        } catch (DraftFileException e) {
            err().println(e.getMessage());
            return OmicsBatchCommand.EXIT_USAGE;
        }
        List<PreflightFinding> findings = new Preflight(session.catalog(), session.s3(), Math.max(1, parallel))
                .check(d, progress());
        long errors = findings.stream().filter(PreflightFinding::isError).count();
        if (json) {
            printJson(findings);
        } else {
            findings.forEach(f -> out().println(draft + ": " + f.format()));
            out().flush();
        }
        err().println(draft + ": " + errors + " error(s), " + (findings.size() - errors) + " warning(s) in "
                + d.runs().size() + " runs");
        return errors > 0 ? OmicsBatchCommand.EXIT_PROBLEMS : 0;
    }
}
