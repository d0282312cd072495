package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupTimingTest {
    @Test
    void reportsMillisecondsFromProcessStartToWindowShown() {
        Instant start = Instant.parse("2026-11-26T09:00:00Z");
        assertThat(StartupTiming.shownLine(Optional.of(start), start.plusMillis(1834)))
                .isEqualTo("main window shown 1834 ms after process start");
    }

    @Test
    void saysSoWhenTheProcessStartIsUnknown() {
        assertThat(StartupTiming.shownLine(Optional.empty(), Instant.now()))
                .isEqualTo("main window shown (process start time unknown)");
    }

    @Test
    void measuresThisProcess() {
        assertThat(StartupTiming.shownNow()).matches("main window shown \\d+ ms after process start");
    }
}
