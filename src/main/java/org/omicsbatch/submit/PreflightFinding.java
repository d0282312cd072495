package org.omicsbatch.submit;

import java.util.List;
import org.omicsbatch.plan.Problem.Severity;

/**
 * One thing preflight found: an error stops a submission that would fail, a warning names what
 * could not be checked (usually permissions).
 *
 * @param subject       what was checked: an s3:// URI, the workflow, an output bucket
 * @param runSettingIds runs that use the subject (the first few), empty for batch-level findings
 * @param runCount      how many runs use it in all
 */
public record PreflightFinding(Severity severity, String subject, String message, List<String> runSettingIds,
        int runCount) {

    public PreflightFinding {
        runSettingIds = runSettingIds == null ? List.of() : List.copyOf(runSettingIds);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: severity, subject, message, and the runs affected. */
    public String format() {
        StringBuilder b = new StringBuilder(severity == Severity.ERROR ? "error: " : "warning: ")
                .append(subject).append(": ").append(message);
        if (runCount > 0) {
            b.append(" (used by ").append(String.join(", ", runSettingIds));
            if (runCount > runSettingIds.size()) {
                b.append(" and ").append(runCount - runSettingIds.size()).append(" more");
            }
            b.append(')');
        }
        return b.toString();
    }
}
