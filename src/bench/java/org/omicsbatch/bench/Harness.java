package org.omicsbatch.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm-up, then repetitions, of several contenders <em>interleaved</em> (A B C, A B C, …) so that a
 * load spike from the other users of a shared machine hits every contender alike rather than one.
 * Wall time per repetition, plus CPU time: of this JVM for in-process work (GC and JIT included), of
 * the child for a whole process.
 */
final class Harness {
    /** One contender. */
    interface Contender {
        String name();

        /** True when the work is a child process (its CPU is counted from the children's times). */
        boolean childProcess();

        void run() throws Exception;
    }

    private Harness() {
    }

    static Map<String, Samples> measure(List<Contender> contenders, int warmups, int repetitions) throws Exception {
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (Contender c : contenders) {
            samples.put(c.name(), new Samples());
        }
        for (int i = 0; i < warmups; i++) {
            for (Contender c : contenders) {
                System.err.printf("  warm-up %d/%d %s%n", i + 1, warmups, c.name());
                c.run();
            }
        }
        for (int i = 0; i < repetitions; i++) {
            for (Contender c : contenders) {
                System.gc(); // each repetition starts from the same heap, not the last one's garbage
                double load = Machine.load1();
                double cpu0 = cpuSeconds(c);
                long t0 = System.nanoTime();
                c.run();
                double wall = (System.nanoTime() - t0) / 1e6;
                double cpu = (cpuSeconds(c) - cpu0) * 1000;
                samples.get(c.name()).add(wall, cpu, load);
                System.err.printf("  run %d/%d %s: %.0f ms (cpu %.0f ms, load %.1f)%n", i + 1, repetitions, c.name(),
                        wall, cpu, load);
            }
        }
        return samples;
    }

    private static double cpuSeconds(Contender c) {
        if (c.childProcess()) {
            return Machine.childrenCpuSeconds();
        }
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
