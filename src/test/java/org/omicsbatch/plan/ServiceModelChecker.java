package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Checks JSON against a shape of the official service model (test resources): member names,
 * required members, unions, types, enums, numeric ranges, string lengths and patterns, list lengths.
 * Independent of the production rules in {@link ServiceLimits}, so the two check each other.
 */
public final class ServiceModelChecker {
    private static final ServiceModelChecker OMICS = load("/service-model/omics-2022-11-28-service-2.json.gz");

    private final JsonNode shapes;

    private ServiceModelChecker(JsonNode model) {
        this.shapes = model.get("shapes");
    }

    public static ServiceModelChecker omics() {
        return OMICS;
    }

    private static ServiceModelChecker load(String resource) {
        try (InputStream in = new GZIPInputStream(ServiceModelChecker.class.getResourceAsStream(resource))) {
            return new ServiceModelChecker(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode shape(String name) {
        JsonNode s = shapes.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no shape " + name);
        }
        return s;
    }

    /** Every way {@code value} breaks shape {@code shapeName}; empty when it fits. */
    public List<String> check(String shapeName, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(shapeName, value, "$", errors);
        return errors;
    }

    private void check(String shapeName, JsonNode value, String path, List<String> errors) {
        JsonNode s = shape(shapeName);
        String type = s.get("type").asText();
        if (s.path("document").asBoolean(false)) {
            return;
        }
        switch (type) {
            case "structure" -> structure(s, value, path, errors);
            case "list" -> list(s, value, path, errors);
            case "map" -> map(s, value, path, errors);
            case "string" -> string(shapeName, s, value, path, errors);
            case "integer", "long" -> integer(shapeName, s, value, path, errors);
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(path + ": not a boolean");
                }
            }
            default -> errors.add(path + ": unchecked type " + type);
        }
    }

    private void structure(JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isObject()) {
            errors.add(path + ": not an object");
            return;
        }
        JsonNode members = s.get("members");
        for (JsonNode required : s.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": missing required " + required.asText());
            }
        }
        if (s.path("union").asBoolean(false) && value.size() != 1) {
            errors.add(path + ": a union needs exactly one member, has " + value.size());
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            JsonNode member = members.get(e.getKey());
            if (member == null) {
                errors.add(path + ": unknown member " + e.getKey());
            } else if (!e.getValue().isNull()) {
                check(member.get("shape").asText(), e.getValue(), path + "." + e.getKey(), errors);
            }
        }
    }

    private void list(JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isArray()) {
            errors.add(path + ": not a list");
            return;
        }
        bounds(s, value.size(), path, "items", errors);
        for (int i = 0; i < value.size(); i++) {
            check(s.get("member").get("shape").asText(), value.get(i), path + "[" + i + "]", errors);
        }
    }

    private void map(JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isObject()) {
            errors.add(path + ": not a map");
            return;
        }
        String keyShape = s.get("key").get("shape").asText();
        String valueShape = s.get("value").get("shape").asText();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            check(keyShape, com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), path + "{key " + e.getKey() + "}", errors);
            check(valueShape, e.getValue(), path + "." + e.getKey(), errors);
        }
    }

    private void string(String name, JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isTextual()) {
            errors.add(path + ": " + name + " is not a string");
            return;
        }
        String text = value.textValue();
        bounds(s, text.codePointCount(0, text.length()), path, "characters", errors);
        if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(text).matches()) {
            errors.add(path + ": " + name + " \"" + text + "\" does not match " + s.get("pattern").asText());
        }
        if (s.has("enum")) {
            boolean known = false;
            for (JsonNode v : s.get("enum")) {
                known |= v.asText().equals(text);
            }
            if (!known) {
                errors.add(path + ": " + name + " \"" + text + "\" not in " + s.get("enum"));
            }
        }
    }

    private void integer(String name, JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isIntegralNumber()) {
            errors.add(path + ": " + name + " is not an integer");
            return;
        }
        BigDecimal v = value.decimalValue();
        if (s.has("min") && v.compareTo(s.get("min").decimalValue()) < 0
                || s.has("max") && v.compareTo(s.get("max").decimalValue()) > 0) {
            errors.add(path + ": " + name + " " + v + " outside " + s.path("min") + ".." + s.path("max"));
        }
    }

    private static void bounds(JsonNode s, int size, String path, String unit, List<String> errors) {
        if (s.has("min") && size < s.get("min").asInt()) {
            errors.add(path + ": " + size + " " + unit + ", fewer than " + s.get("min").asInt());
        }
        if (s.has("max") && size > s.get("max").asLong()) {
            errors.add(path + ": " + size + " " + unit + ", more than " + s.get("max").asLong());
        }
    }
}
