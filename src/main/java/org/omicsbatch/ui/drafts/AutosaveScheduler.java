package org.omicsbatch.ui.drafts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * Writes the autosave copy shortly after every change to an unsaved draft. Changes come in bursts
 * (typing), so a write waits {@code delayMillis} for the burst to end; the draft is an immutable
 * value, so the background write never sees a half-made change.
 */
public final class AutosaveScheduler implements AutoCloseable {
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final DraftsViewModel drafts;
    private final long delayMillis;
    private ScheduledFuture<?> pending;

    public AutosaveScheduler(DraftState state, DraftsViewModel drafts, long delayMillis) {
        this.drafts = drafts;
        this.delayMillis = delayMillis;
        state.draftProperty().addListener((obs, old, draft) -> changed(state, draft));
        state.dirtyProperty().addListener((obs, old, dirty) -> {
            if (dirty) {
                changed(state, state.draft());
            }
        });
    }

    private synchronized void changed(DraftState state, BatchDraft draft) {
        if (!state.dirtyProperty().get()) {
            return;
        }
        Path file = state.fileProperty().get();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(() -> write(draft, file), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void write(BatchDraft draft, Path file) {
        try {
            drafts.writeAutosave(draft, file);
        } catch (IOException e) {
            // The next change tries again; the draft in memory is unaffected.
        }
    }

    /** Waits for a scheduled write (tests, and closing the app). */
    public void flush() throws InterruptedException {
        ScheduledFuture<?> last;
        synchronized (this) {
            last = pending;
        }
        if (last != null) {
            try {
                last.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.CancellationException | java.util.concurrent.ExecutionException
                    | java.util.concurrent.TimeoutException e) {
                // Nothing more to wait for.
            }
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
