package org.omicsbatch.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.SubmissionRefused;
import org.omicsbatch.submit.SubmissionService;
import org.omicsbatch.submit.Submission;
import org.omicsbatch.submit.SubmitOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omics-batch submit DRAFT}: validate, upload, StartRunBatch once, optionally wait. */
@Command(name = "submit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Submit a draft as one HealthOmics run batch.",
            "The submission is journaled before every step: if it is interrupted, the next submit (or the app)",
            "finishes it with the same request id, so it never makes a second batch."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:submitted (with --wait: every run completed)", "1:refused (draft errors, nothing left to "
                + "send) or, with --wait, failed runs", "2:usage error, unreadable file or AWS call failed"})
final class SubmitCommand extends AwsCommand {
    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft: a start-run-batch --cli-input-json file.")
    Path draft;

    @Option(names = "--settings-uri", paramLabel = "S3URI",
            description = "s3://bucket/prefix/ for the settings file and per-run files (default: the draft's own).")
    String settingsUri;

    @Option(names = "--first", paramLabel = "N", description = "A pilot: send only the first N runs as their own batch.")
    Integer first;

    @Option(names = "--skip-submitted", description = "Leave out runs an earlier submit of this draft already sent.")
    boolean skipSubmitted;

    @Option(names = "--wait", description = "Follow the batch until it ends, printing its progress.")
    boolean await;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "How often --wait looks (default: 30).")
    long intervalSeconds = 30;

    @Override
    int run(AwsSession session, Journal journal) throws Exception {
        SubmissionService service = new SubmissionService(session, journal);
        for (Submission recovered : service.recoverAll(progress())) {
            err().println(recovered.step() == Submission.Step.SENT
                    ? "Finished an interrupted submission: " + describe(recovered)
                    : "An interrupted submission of " + recovered.draftPath() + " is " + recovered.step()
                            + (recovered.error() == null ? " (tried again at the next submit)" : ": " + recovered.error()));
        }
        Submission s;
        try {
            s = service.submit(draft, new SubmitOptions(settingsUri, first, skipSubmitted), progress());
        } catch (SubmissionRefused e) {
            for (Problem p : e.problems()) {
                err().println(p.format(draft.toString()));
            }
            throw e;
        }
        err().println("Submitted: " + describe(s));
        if (!await) {
            if (json) {
                printJson(result(s, null));
            }
            return 0;
        }
        BatchSnapshot end = new BatchMonitor(session.batches(), journal).waitUntilDone(s.batchId(),
                Duration.ofSeconds(Math.max(1, intervalSeconds)), snap -> err().println(StatusCommand.line(snap)),
                progress());
        if (json) {
            printJson(result(s, end));
        }
        return end.failedRuns().isEmpty() && end.batch() != null
                && end.batch().status() == org.omicsbatch.model.BatchStatus.PROCESSED ? 0 : 1;
    }

    private static String describe(Submission s) {
        return "batch " + s.batchId() + " (" + s.lastStatus() + ") " + s.batchArn() + ", " + s.runSettingIds().size()
                + " runs, name \"" + s.batchName() + "\"";
    }

    private static Map<String, Object> result(Submission s, BatchSnapshot end) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", s.batchId());
        r.put("arn", s.batchArn());
        r.put("status", end == null ? s.lastStatus() : end.batch().status());
        r.put("name", s.batchName());
        r.put("submissionId", s.submissionId());
        r.put("requestId", s.requestId());
        r.put("runs", s.runSettingIds().size());
        if (end != null) {
            r.put("failedRuns", end.failedRuns().stream().map(x -> x.runSettingId()).toList());
        }
        return r;
    }

}
