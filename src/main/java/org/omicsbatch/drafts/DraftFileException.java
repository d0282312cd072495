package org.omicsbatch.drafts;

import java.nio.file.Path;

/**
 * A draft file that cannot be read or written, with a message a person can act on:
 * {@code draft.json:12:18: defaultRunSetting.priority: "high" is not an integer}. Never carries a
 * stack trace to show; {@link #getMessage()} is the whole story.
 */
public final class DraftFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String member;
    private final String problem;

    DraftFileException(Path file, int line, int column, String member, String problem) {
        super(format(file, line, column, member, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.member = member;
        this.problem = problem;
    }

    static DraftFileException ofFile(Path file, String problem) {
        return new DraftFileException(file, 0, 0, null, problem);
    }

    private static String format(Path file, int line, int column, String member, String problem) {
        StringBuilder b = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (member != null && !member.isEmpty()) {
            b.append(member).append(": ");
        }
        return b.append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** Member path such as {@code batchRunSettings.inlineSettings[3].priority}, or null. */
    public String member() {
        return member;
    }

    /** The problem without file, position and member. */
    public String problem() {
        return problem;
    }
}
