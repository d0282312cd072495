package org.omicsbatch.ui.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.BatchSnapshot;
import org.omicsbatch.task.Progress;

/**
 * Follows one batch through the core's {@link BatchMonitor} (GetBatch every poll; the runs re-listed
 * only when the counters moved), and paces the listing of big batches: at most every 5 s per 1,000
 * runs (5 minutes at most) while their counters stay live. A status change is always listed at
 * once, so the final state is never late. Not thread-safe: one poller thread owns it.
 */
public final class BatchTracker {
    private final BatchMonitor monitor;
    private final String batchId;
    private final Clock clock;
    private Instant lastSynced;
    private String lastStatus;
    private Instant lastListed = Instant.MIN;
    private int lastRowCount;
    private BatchSnapshot last;

    BatchTracker(BatchMonitor monitor, String batchId, Clock clock) {
        this.monitor = monitor;
        this.batchId = batchId;
        this.clock = clock;
    }

    public MonitorSnapshot poll(Progress progress) {
        boolean list = !tooSoon();
        BatchSnapshot s = monitor.refresh(batchId, list, progress);
        if (!list && s.batch() != null && !String.valueOf(s.batch().status()).equals(lastStatus)) {
            list = true;
            s = monitor.refresh(batchId, true, progress);
        }
        last = s;
        boolean changed = list && !Objects.equals(s.syncedAt(), lastSynced) || s.deleted();
        if (list) {
            lastSynced = s.syncedAt();
            lastStatus = s.batch() == null ? null : String.valueOf(s.batch().status());
            lastListed = clock.instant();
            lastRowCount = s.runs().size();
        }
        return new MonitorSnapshot(s, changed);
    }

    /** The last snapshot (for export and resubmit), or null before the first poll. */
    public BatchSnapshot last() {
        return last;
    }

    /** Forgets the pacing, so that the next poll lists the runs (the user pressed Refresh). */
    public void invalidate() {
        lastListed = Instant.MIN;
        lastStatus = null;
        lastSynced = null;
    }

    private boolean tooSoon() {
        long gapMillis = Math.min(300_000L, lastRowCount * 5L);
        return clock.instant().isBefore(lastListed.plusMillis(gapMillis));
    }
}
