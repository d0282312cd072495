package org.omicsbatch.submit;

import java.util.List;
import org.omicsbatch.plan.Problem;

/**
 * The submission did not (and will not) make a batch: the draft has errors, the service refused the
 * request, or nothing is left to send. The message says what to do; {@link #problems()} lists draft
 * problems when there are some.
 */
public final class SubmissionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SubmissionRefused(String message) {
        this(message, List.of());
    }

    public SubmissionRefused(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
