package org.omicsbatch.plan;

import java.util.ArrayList;
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
        Map<Object, int[]> counts = new LinkedHashMap<>();
        Map<Object, Problem> firsts = new LinkedHashMap<>();
        for (Problem p : problems) {
            Object key = p.isRunLevel() ? List.of(p.severity(), p.field(), p.message()) : new Object();
            firsts.putIfAbsent(key, p);
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        List<ProblemKind> kinds = new ArrayList<>(firsts.size());
        firsts.forEach((key, first) -> kinds.add(new ProblemKind(first, counts.get(key)[0])));
        return List.copyOf(kinds);
    }

    /** How many other runs have the same problem. */
    public int others() {
        return count - 1;
    }
}
