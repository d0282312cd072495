package org.omicsbatch.cli;

import java.nio.file.Path;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.ResubmitFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omics-batch resubmit-failed BATCH_ID --out DRAFT}. */
@Command(name = "resubmit-failed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a new draft of exactly the runs of a batch that failed (to start or while running),",
            "with the same defaults. Review it, then submit it."})
final class ResubmitFailedCommand extends AwsCommand {
    @Parameters(index = "0", paramLabel = "BATCH_ID")
    String batchId;

    @Option(names = "--out", required = true, paramLabel = "DRAFT", description = "Where to write the new draft.")
    Path outFile;

    @Override
    int run(AwsSession session, Journal journal) throws Exception {
        BatchSnapshot snapshot = new BatchMonitor(session.batches(), journal).refresh(batchId, true, progress());
        BatchDraft draft = ResubmitFailed.draft(snapshot, journal.findByBatchId(batchId).orElse(null), journal,
                session.s3());
        DraftFiles.write(outFile, draft);
        err().println("Wrote " + outFile + " with " + draft.runs().size() + " failed run(s) of batch " + batchId);
        if (json) {
            printJson(java.util.Map.of("draft", outFile.toString(), "runs", draft.runs().size()));
        }
        return 0;
    }
}
