package org.omicsbatch.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A diagnostic for measurement 3 ({@code -Dbench.fx.probe=true}): while the FX thread is inside a pulse
 * gap longer than a threshold ({@code -Dbench.fx.probe.ms}, 60 unless told), samples its stack every
 * millisecond or so and, at the end, prints the frames seen most often. JFR samples too few FX-thread stacks in one long pulse to say what it was.
 */
final class LongPulseProbe implements Runnable {
    private final Thread fx;
    private final LongSupplier lastPulseNanos;
    private final long thresholdNanos;
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> leaf = new HashMap<>();
    private int samples;

    LongPulseProbe(Thread fx, LongSupplier lastPulseNanos, long thresholdMs) {
        this.fx = fx;
        this.lastPulseNanos = lastPulseNanos;
        this.thresholdNanos = thresholdMs * 1_000_000;
    }

    static LongPulseProbe start(Thread fx, LongSupplier lastPulseNanos) {
        LongPulseProbe probe = new LongPulseProbe(fx, lastPulseNanos, Long.getLong("bench.fx.probe.ms", 60));
        Thread t = new Thread(probe, "long-pulse-probe");
        t.setDaemon(true);
        t.start();
        return probe;
    }

    @Override
    public void run() {
        while (true) {
            long last = lastPulseNanos.getAsLong();
            if (last != 0 && System.nanoTime() - last > thresholdNanos) {
                record(fx.getStackTrace());
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        // the FX thread waiting for its next task (between pulses) is not work
        if (stack.length == 0 || stack[0].getMethodName().equals("wait") || stack[0].getMethodName().equals("park")) {
            return;
        }
        samples++;
        leaf.merge(frame(stack[0]), 1, Integer::sum);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (StackTraceElement e : stack) {
            if (seen.add(frame(e))) {
                inclusive.merge(frame(e), 1, Integer::sum);
            }
        }
    }

    private static String frame(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName();
    }

    synchronized void print(String phase) {
        System.err.println("== long-pulse probe, " + phase + ": " + samples + " samples of the FX thread in gaps > "
                + thresholdNanos / 1_000_000 + " ms");
        top("leaf", leaf, 25);
        top("inclusive", inclusive, 60);
        System.err.println("-- our frames");
        inclusive.entrySet().stream().filter(e -> e.getKey().startsWith("org.omicsbatch.ui"))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.err.printf("%5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
        inclusive.clear();
        leaf.clear();
        samples = 0;
    }

    private void top(String title, Map<String, Integer> counts, int n) {
        System.err.println("-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.err.printf("%5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
