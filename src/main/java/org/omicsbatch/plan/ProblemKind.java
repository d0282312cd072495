package org.omicsbatch.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem as a researcher reads it: one line for what is wrong the same way in many runs (same
 * severity, field and message), with how many runs have it. A workflow parameter missing from 5,000
 * runs is one thing to fix, not 5,000 lines to scroll past.
 *
 * @param first the problem in the first run that has it (where "go to it" goes)
 * @param count how many problems it stands for (1 for a batch-level problem)
 */
public record ProblemKind(Problem first, int count) {

    /** The kinds of {@code problems}, in the order their first problem comes. */
    public static List<ProblemKind> of(List<Problem> problems) {
        Map<Object, ProblemKind> kinds = new LinkedHashMap<>();
        for (Problem p : problems) {
            // a batch-level problem stands alone; a run-level one joins those alike in other runs
            Object key = p.isRunLevel() ? List.of(p.severity(), p.field(), p.message()) : new Object();
            kinds.merge(key, new ProblemKind(p, 1), (kind, one) -> new ProblemKind(kind.first(), kind.count() + 1));
        }
        return List.copyOf(kinds.values());
    }

    /** How many other runs have the same problem. */
    public int others() {
        return count - 1;
    }
}
