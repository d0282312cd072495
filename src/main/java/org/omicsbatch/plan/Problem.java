package org.omicsbatch.plan;

import java.util.Objects;

/**
 * One thing wrong (or worth knowing) about a draft, as a value the UI lists and the CLI prints.
 *
 * @param severity     {@link Severity#ERROR} blocks rendering and submission; a warning does not
 * @param runIndex     0-based index of the run in the draft, or {@code null} for a batch-level problem
 * @param runSettingId the run's {@code runSettingId} as written (may be null or blank when that is the problem)
 * @param field        member path, e.g. {@code defaultRunSetting.roleArn}, {@code parameters.fastq_1}
 * @param message      what is wrong and, where possible, what to do
 */
public record Problem(Severity severity, Integer runIndex, String runSettingId, String field, String message) {

    /** How much a problem matters. */
    public enum Severity {
        ERROR, WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static Problem batchError(String field, String message) {
        return new Problem(Severity.ERROR, null, null, field, message);
    }

    public static Problem batchWarning(String field, String message) {
        return new Problem(Severity.WARNING, null, null, field, message);
    }

    public static Problem runError(int runIndex, String runSettingId, String field, String message) {
        return new Problem(Severity.ERROR, runIndex, runSettingId, field, message);
    }

    public static Problem runWarning(int runIndex, String runSettingId, String field, String message) {
        return new Problem(Severity.WARNING, runIndex, runSettingId, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when the problem belongs to one run rather than to the batch. */
    public boolean isRunLevel() {
        return runIndex != null;
    }

    /**
     * The compiler-style line {@code SOURCE: run <runSettingId> (#<index>): <field>: <message>} (the run
     * part left out for batch-level problems). Warnings say so; errors need no prefix.
     */
    public String format(String source) {
        StringBuilder b = new StringBuilder(source).append(": ");
        if (runIndex != null) {
            b.append("run ").append(runSettingId == null || runSettingId.isEmpty() ? "<no runSettingId>" : runSettingId)
                    .append(" (#").append(runIndex).append("): ");
        }
        b.append(field).append(": ");
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        return b.append(message).toString();
    }
}
