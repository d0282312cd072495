package org.omicsbatch.cli;

import java.util.List;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.BatchPaginators;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.submit.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omics-batch list [--status S] [--name N]}: both filters together (the service takes one per call). */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the account's run batches in the region, newest first as the service returns them.")
final class ListCommand extends AwsCommand {
    @Option(names = "--status", paramLabel = "S", description = "Only batches in this status, e.g. INPROGRESS.")
    BatchStatus status;

    @Option(names = "--name", paramLabel = "N", description = "Only batches with exactly this name.")
    String name;

    @Override
    int run(AwsSession session, Journal journal) throws Exception {
        List<BatchListItem> items = BatchPaginators.batches(session.batches(),
                new ListBatchRequest(null, null, status, name, null)).toList();
        if (json) {
            printJson(items);
            return 0;
        }
        for (BatchListItem b : items) {
            out().println(String.join("\t", b.id(), String.valueOf(b.status()), String.valueOf(b.createdAt()),
                    String.valueOf(b.totalRuns()), b.name() == null ? "" : b.name()));
        }
        out().flush();
        err().println(items.size() + " batch(es)");
        return 0;
    }
}
