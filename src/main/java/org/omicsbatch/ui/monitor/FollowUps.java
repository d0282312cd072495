package org.omicsbatch.ui.monitor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;

/** New drafts made from a batch's outcome: its failed runs again, or the runs a pilot left out. */
final class FollowUps {
    private static final int BATCH_NAME_MAX = 64;

    private FollowUps() {
    }

    /** The original draft with exactly the failed runs, a fresh request id and a name that says so. */
    static BatchDraft resubmitFailed(BatchDraft original, List<RunRow> rows) {
        Set<String> failed = rows.stream().filter(RunRow::failed).map(RunRow::runSettingId)
                .collect(Collectors.toSet());
        return derive(original, failed::contains, "failed runs");
    }

    /** The runs of the draft that this (pilot) batch did not contain. */
    static BatchDraft rest(BatchDraft original, List<RunRow> rows) {
        Set<String> inBatch = rows.stream().map(RunRow::runSettingId).collect(Collectors.toSet());
        return derive(original, id -> !inBatch.contains(id), "rest");
    }

    static long restCount(BatchDraft original, List<RunRow> rows) {
        if (original == null || rows.isEmpty()) {
            return 0;
        }
        Set<String> inBatch = rows.stream().map(RunRow::runSettingId).collect(Collectors.toSet());
        return original.runs().stream().filter(r -> !inBatch.contains(r.runSettingId())).count();
    }

    private static BatchDraft derive(BatchDraft original, java.util.function.Predicate<String> keep, String what) {
        List<InlineSetting> runs = original.runs().stream().filter(r -> keep.test(r.runSettingId())).toList();
        String name = original.batchName() == null ? "batch" : original.batchName();
        String suffix = " (" + what + ")";
        if (name.length() + suffix.length() > BATCH_NAME_MAX) {
            name = name.substring(0, BATCH_NAME_MAX - suffix.length());
        }
        // A fresh request id: reusing the original's would make the service return the old batch.
        return original.withRuns(runs).withRequestId(null).withBatchName(name + suffix);
    }
}
