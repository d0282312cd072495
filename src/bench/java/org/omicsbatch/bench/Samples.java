package org.omicsbatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of one measurement: wall-clock milliseconds (and CPU milliseconds when known) per repetition. */
final class Samples {
    private final List<Double> wallMillis = new ArrayList<>();
    private final List<Double> cpuMillis = new ArrayList<>();
    private double minLoad = Double.MAX_VALUE;
    private double maxLoad;

    void add(double wall, double cpu, double load) {
        wallMillis.add(wall);
        if (!Double.isNaN(cpu)) {
            cpuMillis.add(cpu);
        }
        if (!Double.isNaN(load)) {
            minLoad = Math.min(minLoad, load);
            maxLoad = Math.max(maxLoad, load);
        }
    }

    int size() {
        return wallMillis.size();
    }

    double median() {
        return median(wallMillis);
    }

    double cpuMedian() {
        return median(cpuMillis);
    }

    double min() {
        return wallMillis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return wallMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Median absolute deviation as a share of the median: how much the repetitions disagree. */
    double relativeSpread() {
        double m = median();
        List<Double> dev = wallMillis.stream().map(v -> Math.abs(v - m)).toList();
        return median(dev) / m;
    }

    String loadRange() {
        return maxLoad == 0 ? "unknown" : String.format("%.1f–%.1f", minLoad, maxLoad);
    }

    List<Double> wall() {
        return List.copyOf(wallMillis);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
