package org.omicsbatch.ui.wizard.review;

import java.util.Locale;
import org.omicsbatch.model.DefaultRunSetting;

/** The sentences above the review table: counts, how the runs travel, and the scale of the batch. */
final class ReviewSummary {
    /** The service's documented default when a batch sets no storage capacity. */
    static final int DEFAULT_STATIC_GIB = 1200;

    private ReviewSummary() {
    }

    static String counts(ReviewAnalysis a) {
        int runs = a.draft().runs().size();
        String travel = a.settingsFile() ? "in a settings file in S3 (" + bytes(a.settingsFileBytes()) + ")"
                : "inline in the request";
        return runs + (runs == 1 ? " run, " : " runs, ") + travel + " · " + a.errorCount()
                + (a.errorCount() == 1 ? " error, " : " errors, ") + a.warningCount()
                + (a.warningCount() == 1 ? " warning" : " warnings");
    }

    static String scale(ReviewAnalysis a) {
        int runs = a.draft().runs().size();
        DefaultRunSetting d = a.draft().defaultRunSetting();
        String type = d == null || d.storageType() == null ? "STATIC" : d.storageType();
        if ("DYNAMIC".equals(type)) {
            return runs + " runs × DYNAMIC run storage (each grows as it needs, billed for what it uses)";
        }
        int gib = d == null || d.storageCapacity() == null ? DEFAULT_STATIC_GIB : d.storageCapacity();
        long total = (long) runs * gib;
        return runs + " runs × " + gib + " GiB STATIC run storage = " + String.format(Locale.ROOT, "%,d", total)
                + " GiB reserved while they run" + (d == null || d.storageCapacity() == null ? " (service default size)" : "");
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
}
