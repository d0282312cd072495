package org.omicsbatch.ui.submit;

import java.util.List;

/** A stage stopped the submission for reasons the user fixes in the draft (not by retrying). */
public final class SubmitProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Stage stage;
    private final transient List<String> problems;

    public SubmitProblem(Stage stage, String summary, List<String> problems) {
        super(summary, null, false, false);
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    public Stage stage() {
        return stage;
    }

    public List<String> problems() {
        return problems;
    }
}
