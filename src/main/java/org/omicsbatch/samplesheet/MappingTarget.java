package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a column's values (or a template's text) go in an {@code InlineSetting}. Written as text,
 * which is also its JSON form: {@code runSettingId}, {@code name}, {@code outputUri}, {@code priority},
 * {@code outputBucketOwnerId}, {@code param:<name>[:string|int|number|bool|json|list]},
 * {@code tag:<key>}, {@code ignore}.
 *
 * @param key  the parameter name or tag key, null for the other kinds
 * @param type the parameter's value type (STRING unless written)
 */
public record MappingTarget(Kind kind, String key, ValueType type) {

    public enum Kind { RUN_SETTING_ID, NAME, OUTPUT_URI, PRIORITY, OUTPUT_BUCKET_OWNER_ID, PARAM, TAG, IGNORE }

    public static final MappingTarget RUN_SETTING_ID = new MappingTarget(Kind.RUN_SETTING_ID, null, null);
    public static final MappingTarget NAME = new MappingTarget(Kind.NAME, null, null);
    public static final MappingTarget OUTPUT_URI = new MappingTarget(Kind.OUTPUT_URI, null, null);
    public static final MappingTarget PRIORITY = new MappingTarget(Kind.PRIORITY, null, null);
    public static final MappingTarget OUTPUT_BUCKET_OWNER_ID = new MappingTarget(Kind.OUTPUT_BUCKET_OWNER_ID, null, null);
    public static final MappingTarget IGNORE = new MappingTarget(Kind.IGNORE, null, null);

    public static MappingTarget param(String name) {
        return new MappingTarget(Kind.PARAM, name, ValueType.STRING);
    }

    public static MappingTarget param(String name, ValueType type) {
        return new MappingTarget(Kind.PARAM, name, type);
    }

    public static MappingTarget tag(String key) {
        return new MappingTarget(Kind.TAG, key, null);
    }

    /** Reads the text form; {@link IllegalArgumentException} says what is accepted. */
    @JsonCreator
    public static MappingTarget parse(String text) {
        MappingTarget t = read(text);
        if (t == null) {
            throw new IllegalArgumentException("unknown mapping target \"" + text + "\" (use runSettingId, name, outputUri,"
                    + " priority, outputBucketOwnerId, param:<name>[:type], tag:<key> or ignore)");
        }
        return t;
    }

    /** The target, or null when the text is not one (it may then be a template's value). */
    public static MappingTarget tryParse(String text) {
        try {
            return read(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Like {@link #tryParse} but an unknown type suffix ({@code param:x:float}) throws, saying so. */
    private static MappingTarget read(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("param:")) {
            return paramTarget(t.substring(6));
        }
        if (lower.startsWith("tag:")) {
            String key = t.substring(4);
            return key.isEmpty() ? null : tag(key);
        }
        return switch (lower) {
            case "runsettingid" -> RUN_SETTING_ID;
            case "name" -> NAME;
            case "outputuri" -> OUTPUT_URI;
            case "priority" -> PRIORITY;
            case "outputbucketownerid" -> OUTPUT_BUCKET_OWNER_ID;
            case "ignore" -> IGNORE;
            default -> null;
        };
    }

    /** A suffix that is no type is refused: {@code param:depth:float} must not become a parameter "depth:float". */
    private static MappingTarget paramTarget(String rest) {
        int colon = rest.lastIndexOf(':');
        if (colon > 0) {
            return param(rest.substring(0, colon), ValueType.parse(rest.substring(colon + 1)));
        }
        return rest.isEmpty() || colon == 0 ? null : param(rest);
    }

    /** What the target fills, type aside: two sources for one slot would lose a value. */
    public String slot() {
        return kind == Kind.PARAM ? "param:" + key : toString();
    }

    /** True for the targets a run has at most one value of (all but parameters). */
    public boolean isSingleValued() {
        return kind != Kind.PARAM && kind != Kind.IGNORE;
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (kind) {
            case RUN_SETTING_ID -> "runSettingId";
            case NAME -> "name";
            case OUTPUT_URI -> "outputUri";
            case PRIORITY -> "priority";
            case OUTPUT_BUCKET_OWNER_ID -> "outputBucketOwnerId";
            case IGNORE -> "ignore";
            case TAG -> "tag:" + key;
            case PARAM -> "param:" + key + (type == ValueType.STRING ? "" : ":" + type.label());
        };
    }
}
