package org.omicsbatch.submit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;

/** Which runs of a draft one submission sends, and under what batch name and tags. */
final class RunSelection {
    private static final int BATCH_NAME_MAX = 64;

    private RunSelection() {
    }

    /** True when the draft's runs are an existing S3 settings file rather than inline runs. */
    static boolean runsInS3(BatchDraft draft) {
        return draft.batchRunSettings() != null && draft.batchRunSettings().inlineSettings() == null;
    }

    /** The draft with only {@code runs}; a draft whose runs live in S3 is sent as it is. */
    static BatchDraft keep(BatchDraft draft, List<InlineSetting> runs) {
        return runsInS3(draft) ? draft : draft.withRuns(runs);
    }

    /** The runs to send: minus those already sent (when asked), then the first N (a pilot). */
    static List<InlineSetting> select(BatchDraft draft, Path draftPath, SubmitOptions options, Journal journal) {
        if (runsInS3(draft) && (options.skipSubmitted() || options.firstN() != null)) {
            throw new SubmissionRefused("The runs of this draft are in an S3 settings file ("
                    + draft.batchRunSettings().s3UriSettings() + "); --first and --skip-submitted need them in the draft.");
        }
        List<InlineSetting> runs = draft.runs();
        if (options.skipSubmitted()) {
            Set<String> sent = alreadySent(journal, draftPath);
            runs = runs.stream().filter(r -> !sent.contains(r.runSettingId())).toList();
        }
        if (options.firstN() != null) {
            if (options.firstN() < 1) {
                throw new SubmissionRefused("--first needs a number of runs of at least 1");
            }
            runs = runs.subList(0, Math.min(options.firstN(), runs.size()));
        }
        if (runs.isEmpty() && !runsInS3(draft)) {
            throw new SubmissionRefused(options.skipSubmitted()
                    ? "Every run of this draft was already submitted; nothing left to send."
                    : "The draft has no runs to submit.");
        }
        return runs;
    }

    /** Run ids that submissions of this draft file got into a batch (a refused submission sent nothing). */
    static Set<String> alreadySent(Journal journal, Path draftPath) {
        String path = key(draftPath);
        Set<String> sent = new HashSet<>();
        journal.list().stream()
                .filter(s -> path.equals(s.draftPath()) && s.step() == Submission.Step.SENT)
                .forEach(s -> sent.addAll(s.runSettingIds()));
        return sent;
    }

    /** Keeps the journaled runs, in draft order (a resumed submission sends exactly those). */
    static List<InlineSetting> journaled(BatchDraft draft, List<String> runSettingIds) {
        Map<String, InlineSetting> byId = new LinkedHashMap<>();
        draft.runs().forEach(r -> byId.putIfAbsent(r.runSettingId(), r));
        return runSettingIds.stream().map(byId::get).filter(r -> r != null).toList();
    }

    static String key(Path draftPath) {
        return draftPath.toAbsolutePath().normalize().toString();
    }

    /** The draft's batch name, or one made from the file name: a batch needs one to be found again. */
    static String batchName(BatchDraft draft, Path draftPath, int selected, int total) {
        String base = draft.batchName();
        if (base == null || base.isBlank()) {
            String file = draftPath.getFileName().toString().replaceFirst("\\.json$", "");
            base = file.isBlank() ? "omics-batch" : file;
        }
        if (selected < total && draft.batchName() == null) {
            base = base + " (" + selected + " of " + total + ")";
        }
        return base.length() <= BATCH_NAME_MAX ? base : base.substring(0, BATCH_NAME_MAX);
    }

    static Map<String, String> tags(BatchDraft draft, String submissionId) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (draft.tags() != null) {
            tags.putAll(draft.tags());
        }
        tags.put(Submission.TAG, submissionId);
        return tags;
    }

}
