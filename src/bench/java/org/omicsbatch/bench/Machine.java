package org.omicsbatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a number depends on: the machine and how busy it was. Read from /proc where it exists (Linux),
 * so that a result carries the load average of the moment it was taken, not of the day.
 */
final class Machine {
    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages as printed by {@code uptime}, or the JVM's 1-minute figure. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "unknown" : String.format("%.2f", one);
        }
    }

    /** The 1-minute load average as a number (NaN when unknown). */
    static double load1() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    static String memory() {
        return procLine("/proc/meminfo", "MemTotal").map(v -> {
            long kb = Long.parseLong(v.replaceAll("[^0-9]", ""));
            return String.format("%.1f GB", kb / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /**
     * CPU seconds of this process's children that have been waited for (user + system), from
     * /proc/self/stat; a child process's own CPU time is the difference around its run. NaN off Linux.
     */
    static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 16 and 17 of stat (cutime, cstime), counted from the state field (3) here
            long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static java.util.Optional<String> procLine(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
