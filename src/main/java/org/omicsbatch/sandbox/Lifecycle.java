package org.omicsbatch.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;

/**
 * The simulated passage of time for batches and runs. Every step happens at the instant it was
 * due (not when a tick noticed it), so timestamps and counters depend only on the schedule and the
 * clock, never on how often {@link SandboxBackend#tick()} is called.
 *
 * <p>Nominal durations (divided by {@code --speed}): CREATING 2 s, PENDING (per-run validation)
 * 3 s; runs PENDING 5 s, STARTING 10 s, RUNNING 60 s, STOPPING 5 s; a cancelled batch stays
 * STOPPING at least 2 s, RUNS_DELETING takes 3 s. Starts are paced at {@code --start-rate} runs per
 * second per batch (the real quota is per account; one batch at a time is the common case).
 */
final class Lifecycle {
    static final Duration CREATING = Duration.ofSeconds(2);
    static final Duration VALIDATING = Duration.ofSeconds(3);
    static final Duration RUN_PENDING = Duration.ofSeconds(5);
    static final Duration RUN_STARTING = Duration.ofSeconds(10);
    static final Duration RUN_RUNNING = Duration.ofSeconds(60);
    static final Duration RUN_STOPPING = Duration.ofSeconds(5);
    static final Duration BATCH_STOPPING = Duration.ofSeconds(2);
    static final Duration RUNS_DELETING = Duration.ofSeconds(3);

    static final String SIMULATED_FAILURE = "SIMULATED_TASK_FAILURE";

    private final SandboxOptions options;
    private final Map<String, RunState> runs;
    private final RunStarter starter;
    private final SettingsReader settings;

    Lifecycle(SandboxOptions options, Map<String, RunState> runs, RunStarter starter, SettingsReader settings) {
        this.options = options;
        this.runs = runs;
        this.starter = starter;
        this.settings = settings;
    }

    /** Brings one batch and its runs up to {@code now}. */
    void advance(BatchState b, Instant now) {
        if (b.status.isTerminal()) {
            return; // PROCESSED, CANCELLED and RUNS_DELETED wait for every run to end; FAILED has none
        }
        boolean changed = true;
        while (changed) {
            progressRuns(b, now);
            changed = step(b, now);
        }
    }

    private boolean step(BatchState b, Instant now) {
        return switch (b.status) {
            case CREATING -> due(b, CREATING, now) && settings.read(b, b.statusSince.plus(options.scaled(CREATING)));
            case PENDING -> due(b, VALIDATING, now) && validated(b, b.statusSince.plus(options.scaled(VALIDATING)));
            case SUBMITTING -> submit(b, now);
            case INPROGRESS -> finishWhenRunsEnd(b, BatchStatus.PROCESSED, Duration.ZERO, now);
            case STOPPING -> finishWhenRunsEnd(b, BatchStatus.CANCELLED, BATCH_STOPPING, now);
            case RUNS_DELETING -> due(b, RUNS_DELETING, now) && deleteRuns(b, b.statusSince.plus(options.scaled(RUNS_DELETING)));
            default -> false;
        };
    }

    private boolean due(BatchState b, Duration nominal, Instant now) {
        return !b.statusSince.plus(options.scaled(nominal)).isAfter(now);
    }

    private boolean validated(BatchState b, Instant at) {
        settings.validateRuns(b);
        b.enter(BatchStatus.SUBMITTING, at);
        b.submitted = 0;
        return true;
    }

    private boolean submit(BatchState b, Instant now) {
        Duration interval = Duration.ofMillis(Math.max(1, Math.round(1000 / options.startRate())));
        boolean changed = false;
        Instant last = b.submitted == 0 ? b.statusSince : b.statusSince.plus(interval.multipliedBy(b.submitted - 1L));
        for (RunEntry e : b.entries) {
            if (e.phase != RunEntry.Phase.QUEUED) {
                continue;
            }
            Instant at = b.statusSince.plus(interval.multipliedBy(b.submitted));
            if (at.isAfter(now)) {
                return changed;
            }
            starter.start(b, e, at);
            b.submitted++;
            last = at;
            changed = true;
        }
        b.submittedTime = last;
        b.enter(BatchStatus.INPROGRESS, b.submittedTime);
        return true;
    }

    /** Ends INPROGRESS or STOPPING once every started run has ended (and a minimum time has passed). */
    private boolean finishWhenRunsEnd(BatchState b, BatchStatus next, Duration minimum, Instant now) {
        Instant end = minimum.isZero() ? b.statusSince : b.statusSince.plus(options.scaled(minimum));
        for (RunEntry e : b.entries) {
            if (e.runId == null) {
                continue;
            }
            RunState r = runs.get(e.runId);
            if (!r.status.isTerminal()) {
                return false;
            }
            if (r.stopTime != null && r.stopTime.isAfter(end)) {
                end = r.stopTime;
            }
        }
        if (end.isAfter(now)) {
            return false;
        }
        if (next == BatchStatus.PROCESSED) {
            b.processedTime = end;
        }
        b.enter(next, end);
        return true;
    }

    private boolean deleteRuns(BatchState b, Instant at) {
        for (RunEntry e : b.entries) {
            if (e.runId == null) {
                continue;
            }
            RunState r = runs.get(e.runId);
            boolean ok = r.status.isTerminal();
            if (ok) {
                r.enter(RunStatus.DELETED, at);
            }
            e.deleteSucceeded = ok;
            e.submissionStatus = ok ? SubmissionStatus.DELETE_SUCCESS : SubmissionStatus.DELETE_FAILED;
        }
        b.enter(BatchStatus.RUNS_DELETED, at);
        return true;
    }

    void progressRuns(BatchState b, Instant now) {
        for (RunEntry e : b.entries) {
            if (e.runId != null) {
                progress(runs.get(e.runId), now);
            }
        }
    }

    /** Moves a run through PENDING → STARTING → RUNNING → STOPPING → its outcome, as far as now. */
    void progress(RunState r, Instant now) {
        while (!r.status.isTerminal()) {
            Instant next = r.statusSince.plus(options.scaled(duration(r.status)));
            if (next.isAfter(now)) {
                return;
            }
            switch (r.status) {
                case PENDING -> r.enter(RunStatus.STARTING, next);
                case STARTING -> {
                    r.enter(RunStatus.RUNNING, next);
                    r.startTime = next;
                }
                case RUNNING -> {
                    if (fails(r)) {
                        r.failureReason = SIMULATED_FAILURE;
                        r.statusMessage = "Sandbox --run-failure-rate: a task of this run exited with status 1";
                    }
                    r.enter(RunStatus.STOPPING, next);
                }
                case STOPPING -> {
                    RunStatus end = r.cancelRequested ? RunStatus.CANCELLED
                            : r.failureReason != null ? RunStatus.FAILED : RunStatus.COMPLETED;
                    r.enter(end, next);
                    r.stopTime = next;
                }
                default -> {
                    return;
                }
            }
        }
    }

    private static Duration duration(RunStatus s) {
        return switch (s) {
            case PENDING -> RUN_PENDING;
            case STARTING -> RUN_STARTING;
            case RUNNING -> RUN_RUNNING;
            default -> RUN_STOPPING;
        };
    }

    /** The run-failure dice, seeded by the run id so a replay with the same seed fails the same runs. */
    private boolean fails(RunState r) {
        if (options.runFailureRate() <= 0) {
            return false;
        }
        // SplittableRandom mixes its seed: java.util.Random's first double is nearly the same for
        // neighbouring seeds (consecutive run ids), which made a 10% rate fail 0% or 20% of a batch.
        return new java.util.SplittableRandom(options.seed() * 1_000_003L + Long.parseLong(r.id)).nextDouble()
                < options.runFailureRate();
    }

    /** Starts one run of a batch (ids, merged settings) — the backend's job. */
    interface RunStarter {
        void start(BatchState b, RunEntry e, Instant at);
    }

    /** Reads a batch's settings file and validates its run settings — the backend's job. */
    interface SettingsReader {
        /** Ends CREATING: reads the settings file if any, then enters PENDING or FAILED at {@code at}. */
        boolean read(BatchState b, Instant at);

        void validateRuns(BatchState b);
    }
}
