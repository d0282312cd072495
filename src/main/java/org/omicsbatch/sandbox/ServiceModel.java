package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The official HealthOmics service model (botocore's copy, see LICENSE-botocore.txt beside it),
 * used as the rule book: operations' HTTP bindings and every shape constraint (types, enums,
 * lengths, ranges, patterns, required members, list and map sizes). Validating against the model
 * itself rather than hand-copied limits keeps the sandbox exactly as strict as the service.
 */
public final class ServiceModel {
    private static final String RESOURCE = "omics-2022-11-28-service-2.json.gz";
    private static volatile ServiceModel instance;

    private final JsonNode operations;
    private final JsonNode shapes;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private ServiceModel(JsonNode root) {
        this.operations = root.path("operations");
        this.shapes = root.path("shapes");
    }

    /** The model shipped in the jar, loaded once. */
    public static ServiceModel get() {
        if (instance == null) {
            synchronized (ServiceModel.class) {
                if (instance == null) {
                    instance = new ServiceModel(load());
                }
            }
        }
        return instance;
    }

    private static JsonNode load() {
        try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("service model resource missing: " + RESOURCE);
            }
            return new ObjectMapper().readTree(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation's definition ({@code http}, {@code input}, …), or a missing node. */
    public JsonNode operation(String name) {
        return operations.path(name);
    }

    public Iterable<String> operationNames() {
        return operations::fieldNames;
    }

    public JsonNode shape(String name) {
        return shapes.path(name);
    }

    /** The input shape name of an operation. */
    public String inputShape(String operation) {
        return operation(operation).path("input").path("shape").asText();
    }

    /**
     * Checks a value against a shape and throws the service's {@code ValidationException} listing
     * every violation ("2 validation errors detected: …"), in the wording AWS services use.
     */
    public void validate(String shapeName, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(shapeName, value, "", errors);
        if (!errors.isEmpty()) {
            String head = errors.size() == 1 ? "1 validation error detected: "
                    : errors.size() + " validation errors detected: ";
            throw SandboxException.validation(head + String.join("; ", errors));
        }
    }

    /** Every violation of a value against a shape, as messages (empty when valid). */
    public List<String> violations(String shapeName, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(shapeName, value, "", errors);
        return errors;
    }

    private void check(String shapeName, JsonNode value, String path, List<String> errors) {
        JsonNode shape = shape(shapeName);
        if (value == null || value.isNull() || shape.path("document").asBoolean(false)) {
            return;
        }
        switch (shape.path("type").asText()) {
            case "structure" -> checkStructure(shape, value, path, errors);
            case "list" -> checkList(shape, value, path, errors);
            case "map" -> checkMap(shape, value, path, errors);
            case "string" -> checkString(shape, value, path, errors);
            case "integer", "long" -> checkInteger(shape, value, path, errors);
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(fail(value, path, "Member must be a boolean"));
                }
            }
            case "double", "float" -> {
                if (!value.isNumber()) {
                    errors.add(fail(value, path, "Member must be a number"));
                }
            }
            default -> {
                // timestamps and blobs do not occur in the inputs the sandbox serves
            }
        }
    }

    private void checkStructure(JsonNode shape, JsonNode value, String path, List<String> errors) {
        if (!value.isObject()) {
            errors.add(fail(value, path, "Member must be a structure"));
            return;
        }
        JsonNode members = shape.path("members");
        for (JsonNode required : shape.path("required")) {
            JsonNode v = value.get(required.asText());
            if (v == null || v.isNull()) {
                errors.add("Value null at '" + join(path, required.asText()) + "' failed to satisfy constraint: "
                        + "Member must not be null");
            }
        }
        int set = 0;
        for (var it = members.fields(); it.hasNext(); ) {
            var member = it.next();
            JsonNode v = value.get(member.getKey());
            if (v != null && !v.isNull()) {
                set++;
                check(member.getValue().path("shape").asText(), v, join(path, member.getKey()), errors);
            }
        }
        if (shape.path("union").asBoolean(false) && set != 1) {
            errors.add("Value at '" + (path.isEmpty() ? "input" : path) + "' failed to satisfy constraint: "
                    + "Member must have exactly one of its members set, found " + set);
        }
    }

    private void checkList(JsonNode shape, JsonNode value, String path, List<String> errors) {
        if (!sized(shape, value, value.isArray(), "list", path, errors)) {
            return;
        }
        String member = shape.path("member").path("shape").asText();
        for (int i = 0; i < value.size(); i++) {
            notNull(value.get(i), path + "." + (i + 1), errors);
            check(member, value.get(i), path + "." + (i + 1), errors);
        }
    }

    private void checkMap(JsonNode shape, JsonNode value, String path, List<String> errors) {
        if (!sized(shape, value, value.isObject(), "map", path, errors)) {
            return;
        }
        String keyShape = shape.path("key").path("shape").asText();
        String valueShape = shape.path("value").path("shape").asText();
        for (var it = value.fields(); it.hasNext(); ) {
            var e = it.next();
            check(keyShape, com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), path + ".key", errors);
            notNull(e.getValue(), path + "." + e.getKey(), errors);
            check(valueShape, e.getValue(), path + "." + e.getKey(), errors);
        }
    }

    /** A list or map of the right kind and size; false when the kind is wrong. */
    private boolean sized(JsonNode shape, JsonNode value, boolean rightKind, String kind, String path,
            List<String> errors) {
        if (!rightKind) {
            errors.add(fail(value, path, "Member must be a " + kind));
            return false;
        }
        checkSize(shape, value.size(), value, path, errors);
        return true;
    }

    private void checkSize(JsonNode shape, int size, JsonNode value, String path, List<String> errors) {
        if (shape.has("min") && size < shape.get("min").asLong()) {
            errors.add(fail(value, path, "Member must have length greater than or equal to " + shape.get("min").asLong()));
        }
        if (shape.has("max") && size > shape.get("max").asLong()) {
            errors.add(fail(value, path, "Member must have length less than or equal to " + shape.get("max").asLong()));
        }
    }

    private void checkString(JsonNode shape, JsonNode value, String path, List<String> errors) {
        if (!value.isTextual()) {
            errors.add(fail(value, path, "Member must be a string"));
            return;
        }
        String s = value.asText();
        checkSize(shape, s.codePointCount(0, s.length()), value, path, errors);
        if (shape.has("enum")) {
            List<String> allowed = new ArrayList<>();
            shape.get("enum").forEach(e -> allowed.add(e.asText()));
            if (!allowed.contains(s)) {
                errors.add(fail(value, path, "Member must satisfy enum value set: " + allowed));
            }
        }
        if (shape.has("pattern")) {
            String regex = shape.get("pattern").asText();
            Pattern p = patterns.computeIfAbsent(regex, Pattern::compile);
            if (!p.matcher(s).matches()) {
                errors.add(fail(value, path, "Member must satisfy regular expression pattern: " + regex));
            }
        }
    }

    private void checkInteger(JsonNode shape, JsonNode value, String path, List<String> errors) {
        if (!value.isIntegralNumber()) {
            errors.add(fail(value, path, "Member must be an integer"));
            return;
        }
        // a number beyond long (12345678901234567890) is compared as what it is, not wrapped around
        long n = value.canConvertToLong() ? value.asLong() : value.bigIntegerValue().signum() * Long.MAX_VALUE;
        if (shape.has("min") && n < shape.get("min").asLong()) {
            errors.add(fail(value, path, "Member must have value greater than or equal to " + shape.get("min").asLong()));
        }
        if (shape.has("max") && n > shape.get("max").asLong()) {
            errors.add(fail(value, path, "Member must have value less than or equal to " + shape.get("max").asLong()));
        }
    }

    /** Lists and maps of the model hold no nulls (they are not sparse). */
    private static void notNull(JsonNode value, String path, List<String> errors) {
        if (value == null || value.isNull()) {
            errors.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
        }
    }

    private static String fail(JsonNode value, String path, String constraint) {
        String shown = value.isValueNode() ? value.asText() : value.toString();
        if (shown.length() > 100) {
            shown = shown.substring(0, 100) + "…";
        }
        return "Value '" + shown + "' at '" + path + "' failed to satisfy constraint: " + constraint;
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
