package org.omicsbatch.ui.monitor;

import java.nio.file.Path;
import org.omicsbatch.model.BatchDraft;

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
}
