package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.StringRule;

/**
 * One run's values as they are read from the sheet, each checked against the service's limits the
 * moment it arrives so that a problem names the line and column it came from.
 */
final class RunFields {
    private final ProblemLog log;
    String runSettingId;
    String name;
    String outputUri;
    Integer priority;
    String outputBucketOwnerId;
    /** Parameter names and values in order: a value is text ({@code String}) or a node of another type. */
    private final List<String> parameterNames = new ArrayList<>();
    private final List<Object> parameterValues = new ArrayList<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    private ObjectNode asObject;
    /** The value being set holds printable ASCII only (see {@link #set(MappingTarget, String, String, int, boolean)}). */
    private boolean knownPrintable;

    RunFields(ProblemLog log) {
        this.log = log;
    }

    /** Sets a single-valued target from text; returns false (after reporting) when the value is refused. */
    boolean set(MappingTarget target, String value, String column, int line) {
        return set(target, value, column, line, false);
    }

    /**
     * As {@link #set(MappingTarget, String, String, int)}; {@code printableAscii} says the value is known
     * to hold only U+0020–U+007E (see {@link Cells}), none of which {@link StringRule#firstNonPrintable}
     * refuses, so that scan is skipped.
     */
    boolean set(MappingTarget target, String value, String column, int line, boolean printableAscii) {
        knownPrintable = printableAscii;
        switch (target.kind()) {
            case RUN_SETTING_ID -> {
                if (checkText(value, RunLimits.RUN_SETTING_ID_MAX, "runSettingId", column, line)) {
                    runSettingId = value;
                }
            }
            case NAME -> {
                if (checkText(value, RunLimits.RUN_NAME_MAX, "run name", column, line)) {
                    name = value;
                }
            }
            case OUTPUT_URI -> setOutputUri(value, column, line);
            case PRIORITY -> setPriority(value, column, line);
            case OUTPUT_BUCKET_OWNER_ID -> {
                if (value.matches("[0-9]{12}")) {
                    outputBucketOwnerId = value;
                } else {
                    log.error(line, column, "\"" + value + "\" is not an AWS account id (12 digits) for outputBucketOwnerId");
                }
            }
            case TAG -> {
                warnControl(value, column, line);
                setTag(target.key(), value, column, line);
            }
            case PARAM -> {
                if (target.type() == ValueType.STRING || target.type() == ValueType.LIST) {
                    warnControl(value, column, line);
                }
                try {
                    // text stays a String: the packer keeps its bytes, so no node is made only to be dropped
                    // each parameter has one source (CompiledMapping), so a row's names are new: no search
                    Object v = target.type() == ValueType.STRING ? value : target.type().convert(value);
                    asObject = null;
                    parameterNames.add(target.key());
                    parameterValues.add(v);
                } catch (ValueType.BadValue e) {
                    log.error(line, column, e.getMessage());
                    return false;
                }
            }
            case IGNORE -> {
            }
        }
        return true;
    }

    private boolean checkText(String value, int max, String what, String column, int line) {
        if (value.length() > max) {
            log.error(line, column, what + " is " + value.length() + " characters long; at most " + max + " are allowed");
            return false;
        }
        int bad = knownPrintable ? -1 : StringRule.firstNonPrintable(value);
        if (bad >= 0) {
            log.error(line, column, what + " \"" + ValueType.abbreviate(value) + "\" contains the control character "
                    + RunLimits.describeChar(value.charAt(bad)) + " at position " + (bad + 1));
            return false;
        }
        return true;
    }

    /** A tab or line break inside a value is legal JSON but is rarely meant (a stray quote often causes it). */
    private void warnControl(String value, String column, int line) {
        int bad = knownPrintable ? -1 : StringRule.firstNonPrintable(value);
        if (bad >= 0) {
            log.warning(line, column, "the value contains the control character " + RunLimits.describeChar(value.charAt(bad))
                    + " at position " + (bad + 1) + "; check the quotes around it");
        }
    }

    private void setOutputUri(String value, String column, int line) {
        if (!value.startsWith("s3://")) {
            log.error(line, column, "outputUri \"" + ValueType.abbreviate(value) + "\" must begin with s3://");
        } else if (checkText(value, RunLimits.OUTPUT_URI_MAX, "outputUri", column, line)) {
            outputUri = value;
        }
    }

    private void setPriority(String value, String column, int line) {
        BigInteger p;
        try {
            p = new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            log.error(line, column, "\"" + value + "\" is not an integer (priority " + RunLimits.PRIORITY_MIN + "–"
                    + RunLimits.PRIORITY_MAX + ")");
            return;
        }
        if (p.compareTo(BigInteger.valueOf(RunLimits.PRIORITY_MIN)) < 0
                || p.compareTo(BigInteger.valueOf(RunLimits.PRIORITY_MAX)) > 0) {
            log.error(line, column, "priority " + p + " is out of range (" + RunLimits.PRIORITY_MIN + "–"
                    + RunLimits.PRIORITY_MAX + ")");
            return;
        }
        priority = p.intValueExact();
    }

    private void setTag(String key, String value, String column, int line) {
        if (key.length() > RunLimits.TAG_KEY_MAX) {
            log.error(line, column, "tag key \"" + ValueType.abbreviate(key) + "\" is longer than " + RunLimits.TAG_KEY_MAX
                    + " characters");
        } else if (value.length() > RunLimits.TAG_VALUE_MAX) {
            log.error(line, column, "tag value is " + value.length() + " characters long; at most "
                    + RunLimits.TAG_VALUE_MAX + " are allowed");
        } else {
            tags.put(key, value);
        }
    }

    void setParameter(String key, JsonNode value) {
        putParameter(key, value);
    }

    /** Like {@code ObjectNode.set}: a name given again keeps its place and takes the new value. */
    private void putParameter(String key, Object value) {
        asObject = null;
        int at = parameterNames.indexOf(key);
        if (at >= 0) {
            parameterValues.set(at, value);
        } else {
            parameterNames.add(key);
            parameterValues.add(value);
        }
    }

    /** The parameters as an object (for folding grouped rows; made once, not to be changed). */
    ObjectNode parameters() {
        if (asObject != null) {
            return asObject;
        }
        ObjectNode o = Json.mapper().createObjectNode();
        for (int i = 0; i < parameterNames.size(); i++) {
            Object v = parameterValues.get(i);
            o.set(parameterNames.get(i), v instanceof String text ? TextNode.valueOf(text) : (JsonNode) v);
        }
        asObject = o;
        return o;
    }

    private JsonNode pack(ParameterPacker packer) {
        packer.begin();
        for (int i = 0; i < parameterNames.size(); i++) {
            packer.add(parameterNames.get(i), parameterValues.get(i));
        }
        return packer.finish();
    }

    /** The run, its parameters packed so that 100,000 of them stay small (see {@link ParameterPacker}). */
    InlineSetting build(ParameterPacker packer) {
        // the record itself rather than its builder: one run fewer of throwaway maps per row
        return new InlineSetting(runSettingId, name, outputUri, priority, parameterNames.isEmpty() ? null : pack(packer),
                outputBucketOwnerId, tags.isEmpty() ? null : packer.packTags(tags), null);
    }
}
