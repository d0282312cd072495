package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.omicsbatch.model.BatchDraft;

/** Finds problems by severity, field and run in a validator's answer. */
final class ProblemAssert {
    private final List<Problem> problems;

    private ProblemAssert(List<Problem> problems) {
        this.problems = problems;
    }

    static ProblemAssert validate(BatchDraft draft) {
        return new ProblemAssert(DraftValidator.validate(draft, null));
    }

    static ProblemAssert validate(BatchDraft draft, com.fasterxml.jackson.databind.JsonNode template) {
        return new ProblemAssert(DraftValidator.validate(draft, template));
    }

    List<Problem> all() {
        return problems;
    }

    Problem error(String field) {
        return find(Problem.Severity.ERROR, field, null);
    }

    Problem error(String field, int runIndex) {
        return find(Problem.Severity.ERROR, field, runIndex);
    }

    Problem warning(String field) {
        return find(Problem.Severity.WARNING, field, null);
    }

    Problem warning(String field, int runIndex) {
        return find(Problem.Severity.WARNING, field, runIndex);
    }

    private Problem find(Problem.Severity severity, String field, Integer runIndex) {
        return problems.stream()
                .filter(p -> p.severity() == severity && p.field().equals(field)
                        && (runIndex == null ? p.runIndex() == null : runIndex.equals(p.runIndex())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + severity + " for " + field
                        + (runIndex == null ? "" : " in run #" + runIndex) + " among " + problems));
    }

    void none() {
        assertThat(problems).isEmpty();
    }

    void noErrors() {
        assertThat(problems).filteredOn(Problem::isError).isEmpty();
    }

    long count(Problem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
