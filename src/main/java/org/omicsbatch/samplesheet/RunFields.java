package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

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
    final ObjectNode parameters = Json.mapper().createObjectNode();
    final Map<String, String> tags = new LinkedHashMap<>();

    RunFields(ProblemLog log) {
        this.log = log;
    }

    /** Sets a single-valued target from text; returns false (after reporting) when the value is refused. */
    boolean set(MappingTarget target, String value, String column, int line) {
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
                    parameters.set(target.key(), target.type().convert(value));
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
        int bad = RunLimits.forbiddenCharIndex(value);
        if (bad >= 0) {
            log.error(line, column, what + " \"" + ValueType.abbreviate(value) + "\" contains the control character "
                    + RunLimits.describeChar(value.charAt(bad)) + " at position " + (bad + 1));
            return false;
        }
        return true;
    }

    /** A tab or line break inside a value is legal JSON but is rarely meant (a stray quote often causes it). */
    private void warnControl(String value, String column, int line) {
        int bad = RunLimits.forbiddenCharIndex(value);
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
        parameters.set(key, value);
    }

    /** The run, its parameters packed so that 100,000 of them stay small (see {@link ParameterPacker}). */
    InlineSetting build(ParameterPacker packer) {
        return InlineSetting.builder().runSettingId(runSettingId).name(name).outputUri(outputUri).priority(priority)
                .parameters(parameters.isEmpty() ? null : packer.pack(parameters)).outputBucketOwnerId(outputBucketOwnerId)
                .runTags(tags.isEmpty() ? null : tags).build();
    }
}
