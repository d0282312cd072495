package org.omicsbatch.ui.monitor;

import java.util.Locale;
import org.omicsbatch.submit.RunRow;

/** How the runs table searches and copies the core's {@link RunRow}s. */
final class RunRows {
    private RunRows() {
    }

    /** Whether the search text occurs in any text column (case-insensitive). */
    static boolean matches(RunRow row, String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String n = needle.strip().toLowerCase(Locale.ROOT);
        for (String text : new String[] {row.runSettingId(), row.runId(), row.failureReason(), row.outputLocation()}) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** One tab-separated line, as "Copy" puts it on the clipboard (pastes into a spreadsheet). */
    static String toTsv(RunRow row) {
        return String.join("\t", blank(row.runSettingId()), blank(row.runId()),
                row.submissionStatus() == null ? "" : row.submissionStatus().name(),
                row.runStatus() == null ? "" : row.runStatus().name(), blank(row.failureReason()),
                blank(row.outputLocation()), row.outputSourceLabel());
    }

    static String tsvHeader() {
        return "runSettingId\trunId\tsubmissionStatus\trunStatus\tfailureReason\toutputLocation\toutputLocationSource";
    }

    private static String blank(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
