package org.omicsbatch.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.OmicsServiceException;
import org.omicsbatch.aws.ResourceNotFoundException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Follows a batch: GetBatch for status and counters every time; ListRunsInBatch (runSettingId →
 * runId, submission outcome) and ListRuns(batchId) (execution status) only when the counters moved
 * since the last look, 100 per page, each operation paced within its own quota ({@link MonitorPace}).
 * The last snapshot is kept on disk, so a restarted app resumes without listing 100,000 runs again.
 */
public final class BatchMonitor {
    private final BatchApi api;
    private final Journal journal;
    private final Path cache;
    private final Pacer getBatch;
    private final RunLister lister;
    /** The newest snapshot per batch: the disk cache is read once per batch, not at every poll. */
    private final Map<String, OutputLocations> outputs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, BatchSnapshot> latest = new java.util.concurrent.ConcurrentHashMap<>();

    public BatchMonitor(BatchApi api, Journal journal) {
        this(api, journal, journal.folder().resolveSibling("monitor"), MonitorPace.DEFAULT);
    }

    BatchMonitor(BatchApi api, Journal journal, Path cache, Duration pageInterval) {
        this(api, journal, cache, MonitorPace.every(pageInterval));
    }

    BatchMonitor(BatchApi api, Journal journal, Path cache, MonitorPace pace) {
        this.api = api;
        this.journal = journal;
        this.cache = cache;
        this.getBatch = new Pacer(pace.getBatch());
        this.lister = new RunLister(api, pace);
    }

    /**
     * The runs' own output URIs, read once per batch: they may come from a large draft file, and a
     * big batch is listed again whenever its counters move. Kept once the journal has an entry for the
     * batch (whether or not it still knows the URIs); without one, asked again, so a submission
     * journaled later is still found.
     */
    private OutputLocations outputLocations(Batch batch, Optional<Submission> journaled) {
        OutputLocations known = outputs.get(batch.id());
        if (known != null) {
            return known;
        }
        OutputLocations read = OutputLocations.of(batch, journaled, journal);
        if (journaled.isPresent()) {
            outputs.put(batch.id(), read);
        }
        return read;
    }

    /** The batch now; with {@code withRuns} also every run, listed again only when counters changed. */
    public BatchSnapshot refresh(String batchId, boolean withRuns, Progress progress) {
        Optional<BatchSnapshot> previous = cached(batchId);
        Batch batch;
        try {
            getBatch.await(progress);
            batch = api.getBatch(batchId);
        } catch (ResourceNotFoundException gone) {
            markDeleted(batchId);
            BatchSnapshot deleted = new BatchSnapshot(batchId, previous.map(BatchSnapshot::batch).orElse(null),
                    previous.map(BatchSnapshot::runs).orElse(List.of()), Instant.now(), true);
            store(deleted);
            return deleted;
        }
        Optional<Submission> journaled = journal.findByBatchId(batchId);
        journaled.filter(s -> s.lastStatus() != batch.status())
                .ifPresent(s -> journal.save(s.withStatus(batch.status(), false)));
        if (!withRuns) {
            return new BatchSnapshot(batchId, batch, previous.map(BatchSnapshot::runs).orElse(List.of()),
                    Instant.now(), false);
        }
        if (previous.isPresent() && sameCounters(previous.get().batch(), batch) && !previous.get().runs().isEmpty()
                && knowsOutputSources(previous.get())) {
            return new BatchSnapshot(batchId, batch, previous.get().runs(), previous.get().syncedAt(), false);
        }
        BatchSnapshot fresh = new BatchSnapshot(batchId, batch,
                lister.list(batch, outputLocations(batch, journaled), progress), Instant.now(), false);
        store(fresh);
        return fresh;
    }

    /** Refreshes every {@code interval} until the batch ends (or is deleted), telling {@code each} every time. */
    public BatchSnapshot waitUntilDone(String batchId, Duration interval, Consumer<BatchSnapshot> each,
            Progress progress) {
        while (true) {
            BatchSnapshot s;
            try {
                s = refresh(batchId, false, progress);
            } catch (OmicsServiceException e) {
                if (!StartSender.transientFailure(e)) {
                    throw e;
                }
                sleep(interval, progress); // a busy service is no reason to stop following
                continue;
            } catch (SdkClientException e) {
                sleep(interval, progress);
                continue;
            }
            each.accept(s);
            if (s.deleted() || s.batch().status() == null || s.batch().status().isTerminal()) {
                return s.deleted() ? s : refresh(batchId, true, progress);
            }
            sleep(interval, progress);
        }
    }

    /** Snapshots cached before rows said how their output location is known are listed once more. */
    private static boolean knowsOutputSources(BatchSnapshot s) {
        return s.runs().stream().allMatch(r -> r.outputLocation() == null || r.outputSource() != null);
    }

    static boolean sameCounters(Batch a, Batch b) {
        return a != null && b != null && a.status() == b.status() && Objects.equals(a.totalRuns(), b.totalRuns())
                && Objects.equals(a.submissionSummary(), b.submissionSummary())
                && Objects.equals(a.runSummary(), b.runSummary());
    }

    private void markDeleted(String batchId) {
        journal.findByBatchId(batchId).ifPresent(s -> journal.save(s.withStatus(s.lastStatus(), true)));
    }

    private Optional<BatchSnapshot> cached(String batchId) {
        BatchSnapshot known = latest.get(batchId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<BatchSnapshot> onDisk = readCache(batchId);
        onDisk.ifPresent(snapshot -> latest.put(batchId, snapshot));
        return onDisk;
    }

    private Optional<BatchSnapshot> readCache(String batchId) {
        Path file = cacheFile(batchId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), BatchSnapshot.class));
        } catch (IOException unreadable) {
            return Optional.empty(); // a damaged cache only costs one full listing
        }
    }

    private void store(BatchSnapshot snapshot) {
        latest.put(snapshot.batchId(), snapshot);
        try {
            DraftFiles.writeAtomically(cacheFile(snapshot.batchId()),
                    out -> Journal.WRITER.writeValue(out, snapshot));
        } catch (IOException e) {
            // The cache saves time, not data: losing it means listing again next time.
        }
    }

    private Path cacheFile(String batchId) {
        return cache.resolve(batchId.replaceAll("[^A-Za-z0-9-]", "_") + ".json");
    }

    /** Sleeps in short steps so a cancel is seen within a second. */
    private static void sleep(Duration d, Progress progress) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            progress.checkCancelled();
            try {
                Thread.sleep(Math.min(250, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Progress.Cancelled();
            }
        }
    }
}
