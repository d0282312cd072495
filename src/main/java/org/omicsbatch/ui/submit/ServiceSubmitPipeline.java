package org.omicsbatch.ui.submit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.Submission;
import org.omicsbatch.submit.SubmissionRefused;
import org.omicsbatch.submit.SubmissionService;
import org.omicsbatch.submit.SubmitOptions;
import org.omicsbatch.task.Progress;

/**
 * The core's {@link SubmissionService} as the submit step's pipeline: the first call submits the
 * saved draft file, a retry resumes the same journaled submission (same request id). Stages are
 * read from the steps the service journals and from its progress messages; nothing is decided here.
 */
public final class ServiceSubmitPipeline implements SubmitPipeline {
    private final SubmissionService service;
    private final Journal journal;
    private final Path draftFile;
    private final SubmitOptions options;
    private final Preflight preflight;
    private volatile Submission submission;

    /** @param preflight the input check to run before the first submit, or null to leave it to Review */
    public ServiceSubmitPipeline(SubmissionService service, Journal journal, Path draftFile, SubmitOptions options,
            Preflight preflight) {
        this.preflight = preflight;
        this.service = service;
        this.journal = journal;
        this.draftFile = draftFile;
        this.options = options;
    }

    @Override
    public StartRunBatchResponse submit(StageListener listener, Progress progress) {
        boolean first = submission == null;
        if (first) {
            DraftChecks.run(draftFile, preflight, listener, progress);
        }
        StageTracker stages = new StageTracker(listener, progress);
        service.afterJournal(stages::journaled);
        Instant began = Instant.now();
        try {
            submission = first ? service.submit(draftFile, options, stages)
                    : service.resume(journal.load(submission.submissionId()).orElse(submission),
                            options.settingsUri(), stages);
        } catch (SubmissionRefused refused) {
            throw problem(stages.current(), refused);
        } catch (RuntimeException e) {
            if (submission == null) {
                submission = openSince(began); // journaled before it failed: Retry continues it
            }
            throw e;
        }
        if (submission.step() != Submission.Step.SENT) {
            throw new SubmitProblem(Stage.START, submission.error() == null ? "The submission was not sent."
                    : submission.error(), List.of());
        }
        return new StartRunBatchResponse(submission.batchId(), submission.batchArn(), submission.lastStatus(), null,
                null);
    }

    @Override
    public String requestId() {
        Submission s = submission;
        return s == null ? null : s.requestId();
    }

    /** This draft's submission that a failure left open, journaled after {@code began}. */
    private Submission openSince(Instant began) {
        String key = draftFile.toAbsolutePath().normalize().toString();
        return journal.unfinished().stream()
                .filter(s -> key.equals(s.draftPath()) && !s.createdAt().isBefore(began.minusSeconds(1)))
                .max(Comparator.comparing(Submission::createdAt)).orElse(null);
    }

    private static SubmitProblem problem(Stage stage, SubmissionRefused refused) {
        List<String> lines = refused.problems().stream().filter(Problem::isError)
                .map(p -> p.format("draft")).limit(1000).toList();
        return new SubmitProblem(lines.isEmpty() ? stage : Stage.VALIDATE, refused.getMessage(), lines);
    }
}
