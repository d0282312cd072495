package org.omicsbatch.samplesheet;

/** Limits of the service model (omics 2022-11-28) that a sheet's values must meet. */
final class RunLimits {
    /** {@code RunSettingId}: 1–128 letters, marks, separators, symbols, numbers, punctuation. */
    static final int RUN_SETTING_ID_MAX = 128;
    /** {@code RunName}: 1–128, same characters. */
    static final int RUN_NAME_MAX = 128;
    /** {@code RunOutputUri}: at most 750, and the service wants {@code s3://}. */
    static final int OUTPUT_URI_MAX = 750;
    /** {@code InlineSettingPriorityInteger}. */
    static final int PRIORITY_MIN = 0;
    static final int PRIORITY_MAX = 100_000;
    /** {@code TagKey} / {@code TagValue}. */
    static final int TAG_KEY_MAX = 128;
    static final int TAG_VALUE_MAX = 256;
    /** A batch's runs through {@code s3UriSettings}. */
    static final int MAX_RUNS = 100_000;

    private RunLimits() {
    }

    static String describeChar(char c) {
        return String.format("U+%04X", (int) c) + switch (c) {
            case '\t' -> " (tab)";
            case '\n' -> " (line break)";
            case '\r' -> " (carriage return)";
            default -> "";
        };
    }
}
