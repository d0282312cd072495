package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.omicsbatch.task.Progress;

class PacerTest {

    @Test
    void spacesCallsSoThatNoSecondHoldsMoreThanTheRateAndOne() {
        Pacer pacer = new Pacer(50);
        long start = System.nanoTime();
        for (int i = 0; i < 26; i++) {
            pacer.await(Progress.NONE);
        }
        // 26 calls at 50 per second, two tokens in the bucket: the last starts 24 intervals (480 ms) in
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(470);
    }

    @Test
    void aWaitOverlapsTheTimeTheCallerSpentSinceItsLastCall() throws InterruptedException {
        Pacer pacer = new Pacer(10);
        pacer.await(Progress.NONE);
        Thread.sleep(120); // a round trip longer than the interval
        long start = System.nanoTime();
        pacer.await(Progress.NONE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(50);
    }

    @Test
    void zeroMeansNotPacedAndACancelIsSeenBeforeWaiting() {
        Pacer free = new Pacer(0);
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            free.await(Progress.NONE);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
        assertThatThrownBy(() -> new Pacer(1).await(Progress.cancelledWhen(() -> true)))
                .isInstanceOf(Progress.Cancelled.class);
    }
}
