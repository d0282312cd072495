package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Records the time between pulses of the FX thread (an AnimationTimer is called once per pulse), and
 * beside each gap what explains it: the CPU time the FX thread itself used in that gap (our code and
 * JavaFX's; the rest of a long gap is waiting for a CPU on a loaded machine) and the garbage
 * collector's stop-the-world pauses, which freeze every thread.
 */
final class PulseGaps extends AnimationTimer {
    private final List<Double> gapsMs = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> cpuMs = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> gcPausesMs = Collections.synchronizedList(new ArrayList<>());
    /** {@code -Dbench.fx.trace=true}: prints each pulse gap over 30 ms as it happens, to see their order. */
    private static final boolean TRACE = Boolean.getBoolean("bench.fx.trace");
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile long last;
    private long lastCpu;

    PulseGaps() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // G1's concurrent cycle runs beside the application; only the pauses stop the FX thread.
            if (gc instanceof NotificationEmitter emitter && !gc.getName().contains("Concurrent")) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        gcPausesMs.add((double) info.getGcInfo().getDuration());
                    }
                }, null, null);
            }
        }
    }

    @Override
    public void handle(long now) {
        // the pulse's own time stamp can lag; the clock now says when the FX thread was free again
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        if (last != 0) {
            gapsMs.add((t - last) / 1e6);
            cpuMs.add((cpu - lastCpu) / 1e6);
            if (TRACE && (t - last) > 30_000_000) {
                System.err.printf("  pulse %d at %s: gap %.1f ms, FX CPU %.1f ms%n", gapsMs.size(), java.time.LocalTime.now(), (t - last) / 1e6,
                        (cpu - lastCpu) / 1e6);
            }
        }
        last = t;
        lastCpu = cpu;
    }

    /** How many pulse gaps were recorded since the last reset. */
    int pulseCount() {
        return gapsMs.size();
    }

    /**
     * Waits until the FX thread has had {@code pulses} more pulses (the work handed to it has been laid
     * out and drawn), at most {@code maxMs}: a fixed sleep would let a slow first layout fall into the next phase.
     */
    void awaitPulses(int pulses, long maxMs) throws InterruptedException {
        int target = pulseCount() + pulses;
        long until = System.nanoTime() + maxMs * 1_000_000;
        while (pulseCount() < target && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    /** When the last pulse was ({@link System#nanoTime()}), or 0 before the first. */
    long lastPulseNanos() {
        return last;
    }

    void reset() {
        synchronized (gapsMs) {
            gapsMs.clear();
            cpuMs.clear();
            gcPausesMs.clear();
        }
        last = 0;
    }

    void report(ObjectNode o, double targetMs) {
        List<Double> sorted = sorted(gapsMs);
        int n = sorted.size();
        double max = n == 0 ? Double.NaN : sorted.get(n - 1);
        o.put("pulses", n);
        o.put("maxGapMs", Results.round(max));
        o.put("p99GapMs", percentile(sorted, 0.99));
        o.put("medianGapMs", percentile(sorted, 0.5));
        o.put("gapsOver50Ms", sorted.stream().filter(g -> g > targetMs).count());
        o.put("targetMs", targetMs);
        o.put("met", max <= targetMs);
        o.put("fxCpuInLongestGapMs", cpuInLongestGap());
        List<Double> cpu = sorted(cpuMs);
        o.put("fxCpuMaxMs", cpu.isEmpty() ? Double.NaN : Results.round(cpu.get(cpu.size() - 1)));
        o.put("fxCpuP99Ms", percentile(cpu, 0.99));
        o.put("fxCpuMedianMs", percentile(cpu, 0.5));
        var top = o.putArray("fxCpuTop5Ms");
        for (int i = cpu.size() - 1; i >= Math.max(0, cpu.size() - 5); i--) {
            top.add(Results.round(cpu.get(i)));
        }
        List<Double> gc = sorted(gcPausesMs);
        o.put("gcPauses", gc.size());
        o.put("gcLongestPauseMs", gc.isEmpty() ? 0 : Results.round(gc.get(gc.size() - 1)));
        o.put("gcTotalPauseMs", Results.round(gc.stream().mapToDouble(Double::doubleValue).sum()));
    }

    /** How much of the longest gap the FX thread spent computing (the rest it waited: for a CPU, or a GC pause). */
    private double cpuInLongestGap() {
        synchronized (gapsMs) {
            int longest = -1;
            for (int i = 0; i < gapsMs.size() && i < cpuMs.size(); i++) {
                if (longest < 0 || gapsMs.get(i) > gapsMs.get(longest)) {
                    longest = i;
                }
            }
            return longest < 0 ? Double.NaN : Results.round(cpuMs.get(longest));
        }
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static double percentile(List<Double> sorted, double p) {
        int n = sorted.size();
        return n == 0 ? Double.NaN : Results.round(sorted.get(Math.min(n - 1, (int) (n * p))));
    }
}
