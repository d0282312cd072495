package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of an import but keeps only the first {@code cap}: a sheet with 100,000
 * broken rows must not need 100,000 messages in memory, yet the user learns how many there were.
 */
final class ProblemLog {
    static final int DEFAULT_CAP = 500;

    private final String file;
    private final int cap;
    private final List<SheetProblem> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    ProblemLog(String file, int cap) {
        this.file = file;
        this.cap = cap;
    }

    String file() {
        return file;
    }

    void error(int line, String column, String message) {
        add(SheetProblem.error(file, line, column, message));
    }

    void warning(int line, String column, String message) {
        add(SheetProblem.warning(file, line, column, message));
    }

    void add(SheetProblem p) {
        if (p.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (kept.size() < cap) {
            kept.add(p);
        }
    }

    long errorCount() {
        return errors;
    }

    long total() {
        return errors + warnings;
    }

    /** The kept problems, plus one closing line naming how many were left out. */
    List<SheetProblem> problems() {
        List<SheetProblem> all = new ArrayList<>(kept);
        long omitted = total() - kept.size();
        if (omitted > 0) {
            all.add(new SheetProblem(file, 0, null, omitted + " more problems not shown (" + errors + " errors, "
                    + warnings + " warnings in all)", errors > 0 ? SheetProblem.Severity.ERROR
                            : SheetProblem.Severity.WARNING));
        }
        return all;
    }
}
