package org.omicsbatch.submit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.InlineSetting;

/**
 * Where each run of a batch writes. HealthOmics puts a run's outputs under its effective
 * {@code outputUri} (its run setting's, else the batch default's) followed by "/" and its run id. GetBatch
 * tells only the default; the runs' own settings are known for batches submitted from this machine
 * (the journal), so for other batches the location is the default's and marked as only expected.
 */
final class OutputLocations {
    private final String defaultUri;
    /** runSettingId → the run's own outputUri (only runs that set one); null when not known. */
    private final Map<String, String> runUris;

    private OutputLocations(String defaultUri, Map<String, String> runUris) {
        this.defaultUri = defaultUri;
        this.runUris = runUris;
    }

    /** For {@code batch}: the runs' own settings come from its journaled submission when there is one. */
    static OutputLocations of(Batch batch, Optional<Submission> journaled, Journal journal) {
        String defaultUri = batch.defaultRunSetting() == null ? null : batch.defaultRunSetting().outputUri();
        Map<String, String> known = journaled.flatMap(journal::runOutputUris).orElse(null);
        return new OutputLocations(defaultUri, known);
    }

    /** The run's output location, or null when it has no run id yet (or nothing says where it writes). */
    String location(String runSettingId, String runId) {
        if (runId == null || runId.isEmpty()) {
            return null;
        }
        String own = runUris == null ? null : runUris.get(runSettingId);
        return under(own != null ? own : defaultUri, runId);
    }

    /** How {@link #location} is known. */
    OutputSource source() {
        return runUris == null ? OutputSource.EXPECTED : OutputSource.SUBMISSION;
    }

    /** {@code outputUri/runId}, with one slash between them. */
    static String under(String outputUri, String runId) {
        if (outputUri == null || runId == null || runId.isEmpty()) {
            return null;
        }
        int end = outputUri.length();
        while (end > 0 && outputUri.charAt(end - 1) == '/') {
            end--;
        }
        return outputUri.substring(0, end) + "/" + runId;
    }

    /** The runs among {@code runs} that set their own outputUri. */
    static Map<String, String> overrides(List<InlineSetting> runs) {
        Map<String, String> out = new HashMap<>();
        for (InlineSetting r : runs) {
            if (r.outputUri() != null && r.runSettingId() != null) {
                out.put(r.runSettingId(), r.outputUri());
            }
        }
        return out;
    }

    /** From the submitted draft, only if the file is still the one submitted (same SHA-256). */
    static Optional<Map<String, String>> fromDraft(Submission s) {
        return SubmittedDraft.ifUnchanged(s).map(d -> overrides(d.runs()));
    }
}
