package org.omicsbatch.ui.monitor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;

/**
 * What this machine knows of a batch beyond the service: the draft it was submitted from (from the
 * journal). Without it the monitor still follows the batch; only "Resubmit failed runs" and
 * "Submit the rest", which need the runs' settings, are unavailable.
 *
 * @param draft     the draft as submitted (all its runs, also those a pilot left out), or null
 * @param draftFile where the draft is saved, or null
 */
public record MonitorContext(BatchDraft draft, Path draftFile) {

    public static final MonitorContext NONE = new MonitorContext(null, null);

    /** Per-run output locations that override the batch default. */
    Map<String, String> outputUriBySettingId() {
        Map<String, String> out = new LinkedHashMap<>();
        if (draft != null) {
            for (InlineSetting run : draft.runs()) {
                if (run.outputUri() != null && run.runSettingId() != null) {
                    out.put(run.runSettingId(), run.outputUri());
                }
            }
        }
        return out;
    }
}
