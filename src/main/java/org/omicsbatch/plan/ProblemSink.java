package org.omicsbatch.plan;

import java.util.List;
import java.util.Map;

/** Adds problems for one place (the batch, or one run) so that checks only name the field and the message. */
final class ProblemSink {
    private final List<Problem> out;
    private final Integer runIndex;
    private final String runSettingId;

    ProblemSink(List<Problem> out, Integer runIndex, String runSettingId) {
        this.out = out;
        this.runIndex = runIndex;
        this.runSettingId = runSettingId;
    }

    static ProblemSink batch(List<Problem> out) {
        return new ProblemSink(out, null, null);
    }

    void error(String field, String message) {
        out.add(new Problem(Problem.Severity.ERROR, runIndex, runSettingId, field, message));
    }

    void warning(String field, String message) {
        out.add(new Problem(Problem.Severity.WARNING, runIndex, runSettingId, field, message));
    }

    void required(String field, Object value, String what) {
        if (value == null) {
            error(field, "required: " + what);
        }
    }

    /** Checks a present value against its service shape. */
    void string(String field, String value, StringRule rule) {
        if (value != null) {
            String message = rule.check(value);
            if (message != null) {
                error(field, message);
            }
        }
    }

    void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            error(field, "must be " + min + "–" + max + " (is " + value + ")");
        }
    }

    /** The doc requires output locations to begin with s3://, which the model's pattern alone does not say. */
    void s3Uri(String field, String value) {
        if (value != null && !value.isEmpty() && !value.startsWith("s3://")) {
            error(field, StringRule.quote(value) + " must begin with s3://");
        }
    }

    /** TagMap: keys 1–128, values 0–256 characters. */
    void tags(String field, Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        tags.forEach((key, value) -> tag(field, key, value));
    }

    void tag(String field, String key, String value) {
        String keyProblem = ServiceLimits.TAG_KEY.check(key);
        if (keyProblem != null) {
            error(field, "tag key " + StringRule.quote(key) + ": " + keyProblem);
        }
        if (value == null) {
            warning(field + "." + key, "null tag value: the service doc does not say what null does; it is sent as given");
        } else {
            String valueProblem = ServiceLimits.TAG_VALUE.check(value);
            if (valueProblem != null) {
                error(field + "." + key, "tag value " + valueProblem);
            }
        }
    }

    void unknownMembers(String field, Map<String, ?> members, String shape) {
        for (String name : members.keySet()) {
            warning(prefix(field) + name, "not a member of " + shape + ": kept in the draft, never sent to the service");
        }
    }

    static String prefix(String field) {
        return field.isEmpty() ? "" : field + ".";
    }
}
