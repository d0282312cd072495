package org.omicsbatch.ui.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.RunSummary;
import org.omicsbatch.model.SubmissionSummary;
import org.omicsbatch.ui.components.StackedCountBar.Segment;
import org.omicsbatch.ui.components.StatusTimeline.State;
import org.omicsbatch.ui.components.StatusTimeline.Step;

/** Turns a GetBatch reply into what the monitor's header and charts show. Pure functions. */
final class BatchPresentation {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    private BatchPresentation() {
    }

    /** Created → all runs submitted → all runs finished (or failed / cancelled / runs deleted). */
    static List<Step> timeline(Batch b) {
        BatchStatus s = b.status() == null ? BatchStatus.CREATING : b.status();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Created", b.creationTime(), s == BatchStatus.CREATING ? State.CURRENT : State.DONE));
        boolean submitting = s == BatchStatus.PENDING || s == BatchStatus.SUBMITTING;
        State submitted = b.submittedTime() != null ? State.DONE : submitting ? State.CURRENT : State.TODO;
        steps.add(new Step("All runs submitted", b.submittedTime(), submitted));
        switch (s) {
            case FAILED -> steps.add(new Step("Batch failed", b.failedTime(), State.FAILED));
            case STOPPING -> steps.add(new Step("Cancelling", null, State.CURRENT));
            case CANCELLED -> steps.add(new Step("Cancelled", null, State.FAILED));
            case PROCESSED -> steps.add(new Step("All runs finished", b.processedTime(), State.DONE));
            case RUNS_DELETING, RUNS_DELETED -> {
                steps.add(new Step("All runs finished", b.processedTime(), State.DONE));
                steps.add(new Step("Runs deleted", null, s == BatchStatus.RUNS_DELETED ? State.DONE : State.CURRENT));
            }
            default -> steps.add(new Step("All runs finished", null,
                    s == BatchStatus.INPROGRESS ? State.CURRENT : State.TODO));
        }
        return steps;
    }

    /** From creation to the end (processed or failed), or to now while it lasts. */
    static String elapsed(Batch b, Instant now) {
        if (b.creationTime() == null) {
            return "";
        }
        Instant end = b.processedTime() != null ? b.processedTime() : b.failedTime() != null ? b.failedTime() : now;
        if (b.status() != null && b.status().isTerminal() && end == now) {
            return "";
        }
        return duration(Duration.between(b.creationTime(), end));
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /**
     * Runs submitted per minute since creation, and when the pending ones will all have started at
     * that pace. The service submits at the account's StartRun quota, so the pace is steady enough.
     */
    static String[] paceAndEstimate(Batch b, Instant now) {
        SubmissionSummary sub = b.submissionSummary() == null ? SubmissionSummary.EMPTY : b.submissionSummary();
        int decided = sub.decidedStarts();
        int pending = n(sub.pendingStartSubmissionCount());
        if (b.creationTime() == null || decided == 0) {
            return new String[] {"", pending > 0 ? "Waiting for the first runs to be submitted" : ""};
        }
        Instant until = b.submittedTime() != null ? b.submittedTime() : now;
        double minutes = Math.max(1.0 / 60, Duration.between(b.creationTime(), until).toMillis() / 60000.0);
        double perMinute = decided / minutes;
        String pace = String.format(Locale.ROOT, perMinute >= 10 ? "%.0f runs submitted per minute"
                : "%.1f runs submitted per minute", perMinute);
        if (pending == 0) {
            return new String[] {pace, b.submittedTime() != null ? "All runs have been submitted" : ""};
        }
        Instant eta = now.plusSeconds((long) Math.ceil(pending / perMinute * 60));
        return new String[] {pace, "All runs started by about " + CLOCK.format(eta) + " ("
                + duration(Duration.between(now, eta)) + " from now, " + pending + " still to submit)"};
    }

    /** Submissions: pending, started, failed, and the cancel/delete outcomes once there are any. */
    static List<Segment> submissionSegments(SubmissionSummary s) {
        SubmissionSummary x = s == null ? SubmissionSummary.EMPTY : s;
        List<Segment> out = new ArrayList<>(List.of(
                new Segment("pending", "Pending", n(x.pendingStartSubmissionCount()), "muted"),
                new Segment("success", "Submitted", n(x.successfulStartSubmissionCount()), "success"),
                new Segment("failed", "Failed to submit", n(x.failedStartSubmissionCount()), "danger")));
        addIfAny(out, new Segment("cancelSuccess", "Cancelled", n(x.successfulCancelSubmissionCount()), "neutral"));
        addIfAny(out, new Segment("cancelFailed", "Cancel failed", n(x.failedCancelSubmissionCount()), "warning"));
        addIfAny(out, new Segment("deleteSuccess", "Deleted", n(x.successfulDeleteSubmissionCount()), "neutral"));
        addIfAny(out, new Segment("deleteFailed", "Delete failed", n(x.failedDeleteSubmissionCount()), "warning"));
        return out;
    }

    /** Run execution states in their lifecycle order. */
    static List<Segment> runSegments(RunSummary r) {
        RunSummary x = r == null ? RunSummary.EMPTY : r;
        return List.of(
                new Segment("PENDING", "Pending", n(x.pendingRunCount()), "muted"),
                new Segment("STARTING", "Starting", n(x.startingRunCount()), "neutral"),
                new Segment("RUNNING", "Running", n(x.runningRunCount()), "accent"),
                new Segment("STOPPING", "Stopping", n(x.stoppingRunCount()), "warning"),
                new Segment("COMPLETED", "Completed", n(x.completedRunCount()), "success"),
                new Segment("FAILED", "Failed", n(x.failedRunCount()), "danger"),
                new Segment("CANCELLED", "Cancelled", n(x.cancelledRunCount()), "severe"),
                new Segment("DELETED", "Deleted", n(x.deletedRunCount()), "done"));
    }

    /** The tone of the status badge. */
    static String tone(BatchStatus s) {
        if (s == null) {
            return "neutral";
        }
        return switch (s) {
            case PROCESSED -> "success";
            case FAILED -> "danger";
            case CANCELLED, STOPPING, RUNS_DELETING, RUNS_DELETED -> "warning";
            default -> "accent";
        };
    }

    private static void addIfAny(List<Segment> out, Segment s) {
        if (s.count() > 0) {
            out.add(s);
        }
    }

    static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
