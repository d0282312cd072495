package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow's {@code parameterTemplate}: parameter names with {@code description} and {@code optional}.
 * The template says nothing about types, so neither do we; it only tells which names exist and which
 * must be given (a parameter whose {@code optional} is absent or false).
 */
public final class ParameterTemplate {
    private final Map<String, Boolean> optionalByName;
    private final Map<String, Optional<String>> suggestions = new HashMap<>();
    private final List<String> requiredNames;

    private ParameterTemplate(Map<String, Boolean> optionalByName) {
        this.optionalByName = optionalByName;
        List<String> required = new ArrayList<>();
        optionalByName.forEach((name, optional) -> {
            if (!optional) {
                required.add(name);
            }
        });
        this.requiredNames = Collections.unmodifiableList(required);
    }

    /**
     * Reads a GetWorkflow (or GetWorkflowVersion) reply, or a bare template object.
     *
     * @throws IllegalArgumentException with a plain message when the JSON is neither
     */
    public static ParameterTemplate from(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a workflow must be a JSON object (a GetWorkflow reply or its parameterTemplate)");
        }
        JsonNode template = json.has("parameterTemplate") ? json.get("parameterTemplate") : json;
        if (!template.isObject()) {
            throw new IllegalArgumentException("parameterTemplate must be a JSON object");
        }
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : template.properties()) {
            if (!e.getValue().isObject()) {
                throw new IllegalArgumentException("parameterTemplate." + e.getKey()
                        + " is not an object with description/optional: is this a GetWorkflow reply?");
            }
            JsonNode optional = e.getValue().get("optional");
            names.put(e.getKey(), optional != null && optional.asBoolean(false));
        }
        return new ParameterTemplate(names);
    }

    public Map<String, Boolean> optionalByName() {
        return Collections.unmodifiableMap(optionalByName);
    }

    public boolean knows(String name) {
        return optionalByName.containsKey(name);
    }

    /** Names that every run must have: {@code optional} absent or false. */
    public List<String> requiredNames() {
        return requiredNames; // asked once per run: made once
    }

    /** The known name closest to an unknown one, when it is close enough to be a likely typo. */
    public Optional<String> closestTo(String unknown) {
        return suggestions.computeIfAbsent(unknown, this::findClosest);
    }

    private Optional<String> findClosest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : optionalByName.keySet()) {
            int d = distance(unknown.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, unknown.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein edit distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
