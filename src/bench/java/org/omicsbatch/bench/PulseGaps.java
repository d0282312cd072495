package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/** Records the time between pulses of the FX thread (an AnimationTimer is called once per pulse). */
final class PulseGaps extends AnimationTimer {
    private final List<Double> gapsMs = Collections.synchronizedList(new ArrayList<>());
    private volatile long last;

    @Override
    public void handle(long now) {
        // the pulse's own time stamp can lag; the clock now says when the FX thread was free again
        long t = System.nanoTime();
        if (last != 0) {
            gapsMs.add((t - last) / 1e6);
        }
        last = t;
    }

    void reset() {
        synchronized (gapsMs) {
            gapsMs.clear();
        }
        last = 0;
    }

    void report(ObjectNode o, double targetMs) {
        List<Double> sorted;
        synchronized (gapsMs) {
            sorted = new ArrayList<>(gapsMs);
        }
        Collections.sort(sorted);
        int n = sorted.size();
        double max = n == 0 ? Double.NaN : sorted.get(n - 1);
        o.put("pulses", n);
        o.put("maxGapMs", Results.round(max));
        o.put("p99GapMs", n == 0 ? Double.NaN : Results.round(sorted.get(Math.min(n - 1, (int) (n * 0.99)))));
        o.put("medianGapMs", n == 0 ? Double.NaN : Results.round(sorted.get(n / 2)));
        o.put("gapsOver50Ms", sorted.stream().filter(g -> g > targetMs).count());
        o.put("targetMs", targetMs);
        o.put("met", max <= targetMs);
    }
}
