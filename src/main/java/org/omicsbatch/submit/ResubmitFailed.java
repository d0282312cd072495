package org.omicsbatch.submit;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.aws.S3Location;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;

/**
 * A new draft made of exactly the runs of a batch that failed (to start, or while running), with the
 * same defaults. The runs come from the original draft when it is unchanged (so {@code file:} values
 * are uploaded afresh), else from what was sent: the journaled request or its settings file in S3.
 */
public final class ResubmitFailed {
    private static final int BATCH_NAME_MAX = 64;

    private ResubmitFailed() {
    }

    public static BatchDraft draft(BatchSnapshot snapshot, Submission submission, Journal journal, S3Files s3) {
        Set<String> failed = snapshot.failedRuns().stream().map(RunRow::runSettingId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (failed.isEmpty()) {
            throw new ActionRefused("No run of batch " + snapshot.batchId() + " failed: nothing to resubmit.");
        }
        if (submission == null) {
            throw new ActionRefused("The run settings of batch " + snapshot.batchId() + " are not in this computer's "
                    + "journal; open the original draft and submit the failed runs from it.");
        }
        BatchDraft base = SubmittedDraft.ifUnchanged(submission).orElseGet(() -> sentDraft(submission, journal, s3));
        List<InlineSetting> runs = base.runs().stream().filter(r -> failed.contains(r.runSettingId())).toList();
        Map<String, String> tags = base.tags() == null ? null : new LinkedHashMap<>(base.tags());
        if (tags != null) {
            tags.remove(Submission.TAG);
        }
        String name = (submission.batchName() == null ? "batch " + snapshot.batchId() : submission.batchName())
                + " (failed runs)";
        return base.withRuns(runs).withTags(tags).withRequestId(null)
                .withBatchName(name.length() <= BATCH_NAME_MAX ? name : name.substring(0, BATCH_NAME_MAX));
    }

    private static BatchDraft sentDraft(Submission s, Journal journal, S3Files s3) {
        if (s.requestFile() == null) {
            throw new ActionRefused("The original draft changed and the sent request is not journaled.");
        }
        StartRunBatchRequest sent = journal.readRequest(s);
        List<InlineSetting> runs = sent.batchRunSettings().inlineSettings() != null
                ? sent.batchRunSettings().inlineSettings()
                : readSettingsFile(sent.batchRunSettings().s3UriSettings(), s3);
        String settingsUri = s.settingsFile() == null ? null : s.settingsFile().uri();
        DraftAppData app = DraftAppData.EMPTY.withSettingsUri(settingsUri == null ? null
                : settingsUri.substring(0, settingsUri.lastIndexOf('/', settingsUri.lastIndexOf('/') - 1)));
        return BatchDraft.empty().withDefaultRunSetting(sent.defaultRunSetting()).withTags(sent.tags())
                .withRuns(runs).withApp(app);
    }

    private static List<InlineSetting> readSettingsFile(String uri, S3Files s3) {
        try (InputStream in = s3.open(S3Location.require(uri))) {
            return Json.mapper().readValue(in, new TypeReference<List<InlineSetting>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings file " + uri + ": " + e.getMessage(), e);
        }
    }
}
