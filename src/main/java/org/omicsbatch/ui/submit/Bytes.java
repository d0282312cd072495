package org.omicsbatch.ui.submit;

import java.util.Locale;

/** Byte counts the way people read them. */
final class Bytes {
    private Bytes() {
    }

    static String progress(long done, long total) {
        return String.format(Locale.ROOT, "%s of %s (%.0f%%)", size(done), size(total), 100.0 * done / total);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
