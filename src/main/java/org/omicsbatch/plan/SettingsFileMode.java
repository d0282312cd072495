package org.omicsbatch.plan;

import java.util.Locale;

/** When the runs travel in an S3 settings file instead of {@code inlineSettings}. */
public enum SettingsFileMode {
    /** Only when there are more runs than {@code inlineSettings} takes (100). */
    AUTO,
    /** Always, even for one run. */
    ALWAYS;

    /** Parses {@code auto} / {@code always} (any case); null means AUTO. */
    public static SettingsFileMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("settings file mode must be auto or always, not \"" + value + "\"");
        }
    }
}
