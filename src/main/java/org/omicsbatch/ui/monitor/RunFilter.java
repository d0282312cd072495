package org.omicsbatch.ui.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.submit.RunRow;

/** The choices of the runs table's status filter. */
public record RunFilter(String label, Predicate<RunRow> test) {

    public static final RunFilter ALL = new RunFilter("All runs", r -> true);
    public static final RunFilter FAILED = new RunFilter("Failed (to submit or while running)", RunRow::failed);
    public static final RunFilter SUBMISSION_FAILED = new RunFilter("Failed to submit",
            r -> r.submissionStatus() == SubmissionStatus.FAILED);

    public static List<RunFilter> choices() {
        List<RunFilter> out = new ArrayList<>(List.of(ALL, FAILED, SUBMISSION_FAILED));
        for (RunStatus s : RunStatus.values()) {
            if (s != RunStatus.UNKNOWN_TO_SDK_VERSION) {
                out.add(new RunFilter("Run " + s.name(), r -> r.runStatus() == s));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return label;
    }
}
