package org.omicsbatch.cli;

import java.util.List;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.submit.BatchActions;
import org.omicsbatch.submit.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The actions on one batch; each checks the service's state rule before calling it. */
abstract class BatchActionCommand extends AwsCommand {
    @Parameters(index = "0", paramLabel = "BATCH_ID")
    String batchId;

    abstract BatchActions.Outcome act(BatchActions actions);

    @Override
    int run(AwsSession session, Journal journal) throws Exception {
        BatchActions.Outcome outcome = act(new BatchActions(session.batches(), journal));
        if (json) {
            printJson(outcome);
        } else {
            out().println(outcome.message());
            out().flush();
        }
        return 0;
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Cancel a batch: runs not yet started never start, running ones are stopped "
                    + "(PENDING, SUBMITTING or INPROGRESS batches).")
    static final class Cancel extends BatchActionCommand {
        @Override
        BatchActions.Outcome act(BatchActions actions) {
            return actions.cancel(batchId);
        }
    }

    @Command(name = "delete-runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Delete the runs of a PROCESSED or CANCELLED batch (their outputs in S3 stay).")
    static final class DeleteRuns extends BatchActionCommand {
        @Override
        BatchActions.Outcome act(BatchActions actions) {
            return actions.deleteRuns(batchId);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Delete a finished batch's record (PROCESSED, FAILED, CANCELLED or RUNS_DELETED); "
                    + "its runs are not deleted.")
    static final class Delete extends BatchActionCommand {
        @Override
        BatchActions.Outcome act(BatchActions actions) {
            return actions.deleteBatch(batchId);
        }
    }

    @Command(name = "cleanup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Remove the files this app uploaded for a finished batch (settings file, per-run files).")
    static final class Cleanup extends AwsCommand {
        @Parameters(index = "0", paramLabel = "BATCH_ID")
        String batchId;

        @Override
        int run(AwsSession session, Journal journal) throws Exception {
            List<String> removed = new BatchActions(session.batches(), journal).cleanup(batchId, session.s3());
            if (json) {
                printJson(removed);
            } else {
                removed.forEach(out()::println);
                out().flush();
                err().println("Removed " + removed.size() + " uploaded file(s) of batch " + batchId);
            }
            return 0;
        }
    }
}
