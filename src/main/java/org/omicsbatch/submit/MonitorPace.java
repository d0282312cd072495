package org.omicsbatch.submit;

import java.time.Duration;

/**
 * How many requests per second the monitor allows itself, per operation. HealthOmics sets its API
 * quotas per operation, per account and Region, in transactions per second (User Guide, "HealthOmics
 * API quotas"); the monitor stays below them so that it leaves room for the user's other tools, and
 * when an account's quota is lower the client's retry strategy (backoff with jitter on
 * ThrottlingException) absorbs the difference.
 *
 * @param getBatch        GetBatch: one per poll
 * @param listRunsInBatch ListRunsInBatch pages (100 runs each) during a sync
 * @param listRuns        ListRuns(batchId) pages (100 runs each), listed at the same time
 * @param getRun          GetRun for the reasons of failed runs
 */
public record MonitorPace(double getBatch, double listRunsInBatch, double listRuns, double getRun) {

    /** The app's budget: a 100,000-run batch (1,000 pages of each list) syncs in about 50 seconds. */
    public static final MonitorPace DEFAULT = new MonitorPace(5, 20, 20, 10);

    /** Every operation at most once per {@code interval} (zero: not paced, for tests). */
    public static MonitorPace every(Duration interval) {
        double perSecond = interval.isZero() ? 0 : 1e9 / interval.toNanos();
        return new MonitorPace(perSecond, perSecond, perSecond, perSecond);
    }
}
