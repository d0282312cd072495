package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;

/**
 * A quick upper bound of the settings file's size, so that validation can skip the exact count (a
 * second full serialisation of every run) when the file is surely under the service's limit, as
 * almost every batch is. Every character is counted as 6 bytes (its worst case: a six-character
 * backslash-u escape; UTF-8 takes at most 3 bytes per Java char), so the bound can only be larger than
 * the file. The runs are walked as records and trees: no text is made.
 */
final class SettingsSizeBound {
    private static final int WORST_BYTES_PER_CHAR = 6;

    private SettingsSizeBound() {
    }

    static long of(List<InlineSetting> runs) {
        long total = 4; // "[\n", "]\n"
        for (InlineSetting run : runs) {
            total += run(run) + 2; // ",\n" between runs
        }
        return total;
    }

    private static long run(InlineSetting r) {
        long n = 2;
        n += member("runSettingId", r.runSettingId()) + member("name", r.name()) + member("outputUri", r.outputUri())
                + member("outputBucketOwnerId", r.outputBucketOwnerId());
        if (r.priority() != null) {
            n += key("priority") + 12;
        }
        if (r.parameters() != null) {
            n += key("parameters") + node(r.parameters());
        }
        if (r.runTags() != null) {
            n += key("runTags") + 2;
            for (Map.Entry<String, String> e : r.runTags().entrySet()) {
                n += key(e.getKey()) + text(e.getValue());
            }
        }
        return n;
    }

    private static long member(String name, String value) {
        return value == null ? 0 : key(name) + text(value);
    }

    /** {@code "name":} and the comma after the member. */
    private static long key(String name) {
        return text(name) + 2;
    }

    private static long text(String s) {
        return s == null ? 4 : 2 + (long) WORST_BYTES_PER_CHAR * s.length();
    }

    private static long node(JsonNode node) {
        ParameterFacts.SizeCounts counts = node instanceof ParameterFacts facts ? facts.sizeCounts() : null;
        if (counts != null) {
            // per field at most: braces' share, quotes, colon, comma (6) and 6 bytes per character of name and
            // text; UTF-8 takes at least one byte per char, so counting its bytes only raises the bound
            long n = 2 + 6L * counts.fields() + (long) WORST_BYTES_PER_CHAR * (counts.nameChars() + counts.textBytes());
            for (JsonNode other : counts.otherValues()) {
                n += node(other);
            }
            return n;
        }
        if (node.isTextual()) {
            return text(node.textValue());
        }
        if (node.isObject()) {
            long n = 2;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                n += key(e.getKey()) + node(e.getValue());
            }
            return n;
        }
        if (node.isArray()) {
            long n = 2;
            for (JsonNode child : node) {
                n += node(child) + 1;
            }
            return n;
        }
        if (node.isBigDecimal()) {
            // written plainly or in E notation depending on the mapper; either fits in the sum of both
            return node.decimalValue().toPlainString().length() + (long) node.decimalValue().toString().length();
        }
        // numbers, booleans, null, binary/POJO (never in a parsed draft): their text, escaped at worst
        return text(node.asText()) + 24;
    }
}
