package org.omicsbatch.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long the app took to show its main window, counted from the start of the process (the
 * launcher's exec), for the {@code --self-test} line that start-up measurements read
 * (docs/performance.md).
 */
final class StartupTiming {
    private StartupTiming() {
    }

    /** "main window shown 1234 ms after process start", or a note when the OS gives no start time. */
    static String shownLine(Optional<Instant> processStart, Instant shown) {
        return processStart
                .map(start -> "main window shown " + Duration.between(start, shown).toMillis() + " ms after process start")
                .orElse("main window shown (process start time unknown)");
    }

    static String shownNow() {
        return shownLine(ProcessHandle.current().info().startInstant(), Instant.now());
    }
}
