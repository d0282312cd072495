package org.omicsbatch.ui.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Waits for pulses of the FX thread: the runs table makes its columns, rows and cells a few per pulse,
 * so what a test looks at after a change is there only some pulses later ({@code waitForFxEvents} waits
 * for queued events, not for pulses).
 */
public final class Pulses {
    /** Enough for a small table to finish what it spreads over pulses. */
    public static final int SETTLE = 15;

    private Pulses() {
    }

    /** Returns after {@code count} pulses, or after 5 s when there are none (no window shown). */
    public static void await(int count) {
        CountDownLatch done = new CountDownLatch(count);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                done.countDown();
                if (done.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        try {
            done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
