package org.omicsbatch.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.RunSummary;
import org.omicsbatch.model.SubmissionSummary;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.ResultsExport;
import org.omicsbatch.submit.RunRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omics-batch status BATCH_ID [--runs] [--csv FILE]}. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show a batch's status and counters; with --runs every run, with --csv a results file.")
final class StatusCommand extends AwsCommand {
    @Parameters(index = "0", paramLabel = "BATCH_ID")
    String batchId;

    @Option(names = "--runs", description = "List every run: runSettingId, runId, submission and run status, "
            + "failure reason, output location (\"(expected)\" when only the batch default is known).")
    boolean runs;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write runSettingId → runId, statuses, failure "
            + "reason, output location and how it is known (submission, service or expected) as CSV.")
    Path csv;

    @Override
    int run(AwsSession session, Journal journal) throws Exception {
        BatchSnapshot s = new BatchMonitor(session.batches(), journal).refresh(batchId, runs || csv != null, progress());
        if (csv != null) {
            try (Writer w = Files.newBufferedWriter(csv)) {
                ResultsExport.writeCsv(s, w);
            }
            err().println("Wrote " + s.runs().size() + " runs to " + csv);
        }
        if (json) {
            printJson(s);
            return 0;
        }
        out().println(line(s));
        if (runs) {
            for (RunRow r : s.runs()) {
                out().println(String.join("\t", text(r.runSettingId()), text(r.runId()),
                        String.valueOf(r.submissionStatus()), String.valueOf(r.runStatus()), text(r.failureReason()),
                        text(r.outputText())));
            }
        }
        out().flush();
        return 0;
    }

    /** One line: id, status, counters. */
    static String line(BatchSnapshot s) {
        if (s.deleted()) {
            return "batch " + s.batchId() + ": deleted";
        }
        Batch b = s.batch();
        SubmissionSummary sub = b.submissionSummary() == null ? SubmissionSummary.EMPTY : b.submissionSummary();
        RunSummary run = b.runSummary() == null ? RunSummary.EMPTY : b.runSummary();
        return "batch " + b.id() + " \"" + text(b.name()) + "\": " + b.status() + ", " + text(b.totalRuns()) + " runs; "
                + "started " + n(sub.successfulStartSubmissionCount()) + ", failed to start "
                + n(sub.failedStartSubmissionCount()) + ", pending " + n(sub.pendingStartSubmissionCount())
                + "; running " + (n(run.pendingRunCount()) + n(run.startingRunCount()) + n(run.runningRunCount()))
                + ", completed " + n(run.completedRunCount()) + ", failed " + n(run.failedRunCount())
                + ", cancelled " + n(run.cancelledRunCount())
                + (b.failureReason() == null ? "" : "; failure: " + b.failureReason());
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }
}
