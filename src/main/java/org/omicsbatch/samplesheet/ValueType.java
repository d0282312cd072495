package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.omicsbatch.model.Json;

/**
 * The JSON type a parameter value gets, chosen by the mapping ({@code param:reads:list}): workflow
 * parameter templates declare no types, so the sheet's author says. A cell that does not fit is an
 * error naming the cell, never a silent string.
 */
public enum ValueType {
    STRING, INT, NUMBER, BOOL, JSON,
    /** Values separated by {@code ;} (a comma would fight the CSV), or a JSON array as written. */
    LIST;

    private static final JsonNodeFactory NODES = Json.mapper().getNodeFactory();

    /** Thrown with a message that completes "column "x": …". */
    public static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    public static ValueType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown value type \"" + text
                    + "\" (use string, int, number, bool, json or list)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The cell (not empty) as JSON of this type. */
    public JsonNode convert(String cell) throws BadValue {
        String v = cell.strip();
        switch (this) {
            case STRING:
                return NODES.textNode(cell);
            case INT:
                try {
                    return integer(new BigInteger(v));
                } catch (NumberFormatException e) {
                    throw new BadValue("\"" + cell + "\" is not a whole number (type int)");
                }
            case NUMBER:
                try {
                    BigDecimal d = new BigDecimal(v);
                    return d.scale() <= 0 && v.matches("[-+]?[0-9]+") ? integer(d.toBigIntegerExact()) : NODES.numberNode(d);
                } catch (NumberFormatException e) {
                    throw new BadValue("\"" + cell + "\" is not a number (type number)");
                }
            case BOOL:
                return NODES.booleanNode(bool(cell, v));
            case JSON:
                return json(cell);
            default:
                return list(cell, v);
        }
    }

    /** The same node the shared mapper makes of the number, so values compare equal after a draft round trip. */
    private static JsonNode integer(BigInteger b) {
        if (b.bitLength() < 32) {
            return NODES.numberNode(b.intValue());
        }
        return b.bitLength() < 64 ? NODES.numberNode(b.longValue()) : NODES.numberNode(b);
    }

    private static boolean bool(String cell, String v) throws BadValue {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> {
                return true;
            }
            case "false", "no", "n", "0" -> {
                return false;
            }
            default -> throw new BadValue("\"" + cell + "\" is not true/false (type bool)");
        }
    }

    private static JsonNode json(String cell) throws BadValue {
        try {
            return Json.mapper().readTree(cell);
        } catch (JsonProcessingException e) {
            throw new BadValue("\"" + abbreviate(cell) + "\" is not valid JSON (type json): "
                    + e.getOriginalMessage());
        }
    }

    private static JsonNode list(String cell, String v) throws BadValue {
        if (v.startsWith("[")) {
            JsonNode node = json(cell);
            if (!node.isArray()) {
                throw new BadValue("\"" + abbreviate(cell) + "\" is not a JSON array (type list)");
            }
            return node;
        }
        ArrayNode array = NODES.arrayNode();
        for (String part : v.split(";", -1)) {
            if (!part.isBlank()) {
                array.add(part.strip());
            }
        }
        return array;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
