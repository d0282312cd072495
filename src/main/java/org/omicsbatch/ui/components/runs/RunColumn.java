package org.omicsbatch.ui.components.runs;

import java.util.Objects;

/**
 * One column of the runs table: an {@code InlineSetting} member, one workflow parameter or one run tag.
 *
 * <p>The parameter template of a workflow declares no types, so a parameter cell holds text that is
 * sent as a JSON string, unless its column is typed {@link ValueType#JSON} (by the import mapping, by the
 * user, or because the loaded runs already held non-text values there): then the cell holds JSON text
 * that is parsed when the runs are written back.
 *
 * @param kind  which part of an {@code InlineSetting} the column fills
 * @param name  the member name, the parameter name or the tag key
 * @param type  how a cell's text becomes a value
 */
public record RunColumn(Kind kind, String name, ValueType type) {

    /** Prefix of a parameter column's key. */
    public static final String PARAM_PREFIX = "param:";
    /** Prefix of a run tag column's key. */
    public static final String TAG_PREFIX = "tag:";

    public enum Kind { RUN_SETTING_ID, NAME, OUTPUT_URI, OUTPUT_BUCKET_OWNER_ID, PRIORITY, PARAMETER, TAG }

    public enum ValueType { TEXT, JSON }

    public RunColumn {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        type = type == null ? ValueType.TEXT : type;
    }

    public static RunColumn member(Kind kind) {
        String name = switch (kind) {
            case RUN_SETTING_ID -> "runSettingId";
            case NAME -> "name";
            case OUTPUT_URI -> "outputUri";
            case OUTPUT_BUCKET_OWNER_ID -> "outputBucketOwnerId";
            case PRIORITY -> "priority";
            default -> throw new IllegalArgumentException(kind + " is not a member column");
        };
        return new RunColumn(kind, name, ValueType.TEXT);
    }

    public static RunColumn parameter(String name, ValueType type) {
        return new RunColumn(Kind.PARAMETER, name, type);
    }

    public static RunColumn tag(String key) {
        return new RunColumn(Kind.TAG, key, ValueType.TEXT);
    }

    /** The five member columns every runs table starts with, in the order the table shows them. */
    public static java.util.List<RunColumn> memberColumns() {
        return java.util.List.of(member(Kind.RUN_SETTING_ID), member(Kind.NAME), member(Kind.OUTPUT_URI),
                member(Kind.OUTPUT_BUCKET_OWNER_ID), member(Kind.PRIORITY));
    }

    /**
     * The column's key: the member name, {@code param:<name>} or {@code tag:<key>}. The key is also the
     * field a validation problem names, with {@code parameters.}/{@code runTags.} in place of the prefix.
     */
    public String key() {
        return switch (kind) {
            case PARAMETER -> PARAM_PREFIX + name;
            case TAG -> TAG_PREFIX + name;
            default -> name;
        };
    }

    /** The field path used by validation problems: {@code priority}, {@code parameters.x}, {@code runTags.k}. */
    public String fieldPath() {
        return switch (kind) {
            case PARAMETER -> "parameters." + name;
            case TAG -> "runTags." + name;
            default -> name;
        };
    }

    public boolean isParameter() {
        return kind == Kind.PARAMETER;
    }

    public RunColumn withType(ValueType value) {
        return new RunColumn(kind, name, value);
    }
}
