package org.omicsbatch.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.OmicsServiceException;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.aws.S3Location;
import org.omicsbatch.aws.UploadedFile;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.plan.UploadKeys;
import org.omicsbatch.submit.Submission.Step;
import org.omicsbatch.task.Progress;

/**
 * Submits a draft so that it makes exactly one batch, whatever happens in between: validate, journal
 * the submission with its {@code requestId}, upload files, render, journal again, then StartRunBatch
 * (retried with the same {@code requestId}) and journal the batch. After a crash
 * {@link #recoverAll} takes every open submission from its last journaled step to its batch.
 */
public final class SubmissionService {
    private final BatchApi api;
    private final Supplier<S3Files> s3;
    private final Journal journal;
    private final String profile;
    private final String region;
    private final String endpoint;
    private final StartSender sender;
    /**
     * Told the name of each step right after it is journaled: the desktop's submit step shows its
     * stages from it, tests stop the submission there.
     */
    private Consumer<String> afterJournal = step -> { };

    public SubmissionService(AwsSession session, Journal journal) {
        this(session.batches(), session::s3, journal, session.settings().profile(), session.region(),
                session.settings().endpointUrl() == null ? null : session.settings().endpointUrl().toString(),
                Duration.ofSeconds(2));
    }

    SubmissionService(BatchApi api, Supplier<S3Files> s3, Journal journal, String profile, String region,
            String endpoint, Duration retryDelay) {
        this.api = api;
        this.s3 = s3;
        this.journal = journal;
        this.profile = profile;
        this.region = region;
        this.endpoint = endpoint;
        this.sender = new StartSender(api, 6, retryDelay);
    }

    public void afterJournal(Consumer<String> hook) {
        this.afterJournal = hook;
    }

    /** Submits the draft file; returns the journaled submission with its batch. */
    public Submission submit(Path draftPath, SubmitOptions options, Progress progress) {
        BatchDraft draft = read(draftPath);
        List<InlineSetting> runs = RunSelection.select(draft, draftPath, options, journal);
        BatchDraft selected = RunSelection.keep(draft, runs);
        List<Problem> problems = DraftValidator.validate(selected, template(draft), folder(draftPath), progress);
        if (DraftValidator.hasErrors(problems)) {
            throw new SubmissionRefused("The draft has " + problems.stream().filter(Problem::isError).count()
                    + " error(s); fix them and submit again (omics-batch validate lists them).", problems);
        }
        String submissionId = UUID.randomUUID().toString();
        Submission s = new Submission(submissionId, UUID.randomUUID().toString(), Step.PREPARED, Instant.now(),
                Instant.now(), RunSelection.key(draftPath), sha256(draftPath),
                RunSelection.batchName(draft, draftPath, runs.size(), draft.runs().size()), profile, region, endpoint,
                runs.stream().map(InlineSetting::runSettingId).toList(), null, null, null, null, null, null, null,
                false, false, null);
        save(s, "PREPARED");
        return resume(s, options.settingsUri(), progress);
    }

    /**
     * Finishes every submission a crash left open on this connection (same profile, region and
     * endpoint: another account's submission must not be sent here); each ends with its one batch,
     * or refused/abandoned.
     */
    public List<Submission> recoverAll(Progress progress) {
        return journal.unfinished().stream().filter(s -> s.madeOn(profile, region, endpoint)).map(s -> recover(s, progress)).toList();
    }

    /** One open submission; a failure leaves it as journaled (refused ones are journaled so) for the next start. */
    private Submission recover(Submission s, Progress progress) {
        try {
            return resume(s, null, progress);
        } catch (Progress.Cancelled e) {
            throw e;
        } catch (RuntimeException stillOpen) {
            return journal.load(s.submissionId()).orElse(s);
        }
    }

    /** Takes an open submission from its journaled step to its batch. */
    public Submission resume(Submission s, String settingsUri, Progress progress) {
        if (s.step() == Step.PREPARED) {
            s = render(s, settingsUri, progress);
        }
        if (s.step() == Step.SENDING) {
            var existing = BatchFinder.find(api, s);
            if (existing.isPresent()) {
                return save(s.withBatch(existing.get().id(), existing.get().arn(), existing.get().status()), "SENT");
            }
        }
        if (s.step() == Step.RENDERED || s.step() == Step.SENDING) {
            s = send(s, progress);
        }
        return s;
    }

    private Submission render(Submission s, String settingsUri, Progress progress) {
        Path draftPath = Path.of(s.draftPath());
        BatchDraft draft = read(draftPath);
        if (!sha256(draftPath).equals(s.draftSha256())) {
            return save(s.withError(Step.ABANDONED, "The draft changed before anything was sent; submit it again."),
                    "ABANDONED");
        }
        BatchDraft selected = RunSelection.keep(draft, RunSelection.journaled(draft, s.runSettingIds()))
                .withBatchName(s.batchName()).withTags(RunSelection.tags(draft, s.submissionId()));
        SettingsFileMode mode = SettingsFileMode.parse(draft.appOrEmpty().settingsFile());
        var localFiles = LocalFileUploads.find(selected, folder(draftPath));
        boolean needsS3 = !localFiles.isEmpty() || RequestRenderer.usesSettingsFile(selected, mode);
        S3Location prefix = needsS3 ? prefix(settingsUri, draft, selected.runs().size()) : null;
        Submission[] current = {s};
        Map<String, UploadedFile> files = LocalFileUploads.upload(localFiles, prefix == null ? null
                : prefix.child(UploadKeys.LOCAL_FILES_FOLDER), needsS3 ? s3.get() : null,
                done -> journalUploads(current, done), progress);
        selected = LocalFileUploads.replace(selected, folder(draftPath), files);
        UploadedFile settings = null;
        if (RequestRenderer.usesSettingsFile(selected, mode)) {
            // The request will name only the file: keep the runs' own outputUris for the monitor.
            journal.saveOutputUris(s.submissionId(), OutputLocations.overrides(selected.runs()));
            settings = uploadSettings(s, selected, prefix, progress);
        }
        StartRunBatchRequest rendered = RequestRenderer.request(selected, mode, settings == null ? null : settings.uri());
        StartRunBatchRequest request = new StartRunBatchRequest(rendered.batchName(), s.requestId(), rendered.tags(),
                rendered.defaultRunSetting(), rendered.batchRunSettings());
        Path requestFile = journal.saveRequest(s.submissionId(), request);
        return save(current[0].withFiles(files).withRendered(settings, requestFile.toString()), "RENDERED");
    }

    private synchronized void journalUploads(Submission[] current, Map<String, UploadedFile> done) {
        current[0] = save(current[0].withFiles(done), "UPLOADED " + done.size());
    }

    private UploadedFile uploadSettings(Submission s, BatchDraft selected, S3Location prefix, Progress progress) {
        Path local = journal.folder().resolve(s.submissionId() + "." + RequestRenderer.SETTINGS_FILE_NAME);
        try {
            try (OutputStream out = Files.newOutputStream(local)) {
                RequestRenderer.writeSettingsFile(selected, out, progress);
            }
            return s3.get().upload(local, prefix, RequestRenderer.SETTINGS_FILE_NAME, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the settings file " + local + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(local);
            } catch (IOException ignored) {
                // A leftover temporary file in the app folder is harmless; the upload result is what counts.
            }
        }
    }

    private Submission send(Submission s, Progress progress) {
        StartRunBatchRequest request = journal.readRequest(s);
        verifyUploads(s);
        s = save(s.with(Step.SENDING), "SENDING");
        try {
            StartRunBatchResponse r = sender.send(request, progress);
            afterJournal.accept("CALLED");
            return save(s.withBatch(r.id(), r.arn(), r.status()), "SENT");
        } catch (OmicsServiceException e) {
            if (StartSender.transientFailure(e)) {
                throw e; // still open: the next start (or a retry) finds or re-sends it
            }
            save(s.withError(Step.REFUSED, e.describe()), "REFUSED");
            throw new SubmissionRefused(e.describe());
        }
    }

    /** The service records the settings file's ETag and fails the batch if it changes: check first. */
    private void verifyUploads(Submission s) {
        if (s.settingsFile() != null) {
            s3.get().verifyUnchanged(s.settingsFile());
        }
        s.files().values().forEach(f -> s3.get().verifyUnchanged(f));
    }

    private S3Location prefix(String settingsUri, BatchDraft draft, int runs) {
        String uri = settingsUri != null ? settingsUri : draft.appOrEmpty().settingsUri();
        if (uri == null || uri.isBlank()) {
            throw new SubmissionRefused("This submission uploads files (" + runs + " runs, or file: parameters): "
                    + "give an S3 folder for them with --settings-uri s3://bucket/prefix.");
        }
        return S3Location.require(uri);
    }

    private Submission save(Submission s, String step) {
        journal.save(s);
        afterJournal.accept(step);
        return s;
    }

    private static BatchDraft read(Path draftPath) {
        try {
            return DraftFiles.read(draftPath);
        } catch (DraftFileException e) {
            throw new SubmissionRefused(e.getMessage());
        }
    }

    private static JsonNode template(BatchDraft draft) {
        return draft.appOrEmpty().workflow();
    }

    private static Path folder(Path draftPath) {
        Path parent = draftPath.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static String sha256(Path file) {
        try {
            return UploadKeys.sha256(file, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
