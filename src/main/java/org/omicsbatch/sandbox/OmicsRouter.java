package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omicsbatch.model.Json;

/**
 * The HealthOmics REST-JSON front door, driven by the service model: each operation's method and
 * URI template route the request; path, query and body members are bound into the operation's
 * input structure and validated against the model before a handler sees them.
 */
final class OmicsRouter {
    /** An operation's handler: takes the validated input, returns the output structure. */
    interface Operation {
        JsonNode handle(ObjectNode input);
    }

    private record Route(String operation, String method, Pattern path, List<String> names, int status) {
    }

    private final ServiceModel model = ServiceModel.get();
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Operation> handlers = new HashMap<>();

    OmicsRouter() {
        for (String op : model.operationNames()) {
            JsonNode http = model.operation(op).path("http");
            String uri = http.path("requestUri").asText();
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}+]+)\\+?}").matcher(uri.split("\\?")[0]);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(uri.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(uri.split("\\?")[0].substring(last)));
            routes.add(new Route(op, http.path("method").asText(), Pattern.compile(regex.toString()), names,
                    http.path("responseCode").asInt(200)));
        }
        // a literal segment wins over a label: /runBatch/cancel is not /runBatch/{batchId}
        routes.sort(java.util.Comparator.comparingInt(r -> r.names().size()));
    }

    void register(String operation, Operation handler) {
        if (model.operation(operation).isMissingNode()) {
            throw new IllegalArgumentException("no such operation in the service model: " + operation);
        }
        handlers.put(operation, handler);
    }

    /** Told each request's operation before it is handled; may refuse it by throwing. */
    private java.util.function.Consumer<String> admission = operation -> { };

    void admitWith(java.util.function.Consumer<String> value) {
        admission = value;
    }

    void handle(Exchange ex) throws IOException {
        Map<String, String> pathParams = new LinkedHashMap<>();
        Route route = match(ex, pathParams);
        admission.accept(route.operation());
        Operation handler = handlers.get(route.operation());
        if (handler == null) {
            throw new SandboxException("UnknownOperationException", 400,
                    route.operation() + " is not available in the sandbox");
        }
        String inputShape = model.inputShape(route.operation());
        ObjectNode input = bind(inputShape, ex, pathParams);
        model.validate(inputShape, input);
        JsonNode output = handler.handle(input);
        ex.sendJson(route.status(), output == null ? Json.mapper().createObjectNode() : output);
    }

    private Route match(Exchange ex, Map<String, String> pathParams) {
        for (Route r : routes) {
            Matcher m = r.path().matcher(ex.rawPath());
            if (r.method().equals(ex.method()) && m.matches()) {
                for (int i = 0; i < r.names().size(); i++) {
                    pathParams.put(r.names().get(i), Exchange.decode(m.group(i + 1)));
                }
                return r;
            }
        }
        throw new SandboxException("UnknownOperationException", 404,
                "No HealthOmics operation matches " + ex.method() + " " + ex.rawPath());
    }

    /** The input structure from the JSON body, the URI's labels and the query string, typed by the model. */
    private ObjectNode bind(String inputShape, Exchange ex, Map<String, String> pathParams) throws IOException {
        ObjectNode input = Json.mapper().createObjectNode();
        byte[] body = ex.body();
        if (body.length > 0) {
            JsonNode parsed;
            try {
                parsed = Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new SandboxException("SerializationException", 400, "Request body is not valid JSON");
            }
            if (parsed != null && parsed.isObject()) {
                input.setAll((ObjectNode) parsed);
            } else if (parsed != null && !parsed.isMissingNode()) {
                throw new SandboxException("SerializationException", 400, "Request body must be a JSON object");
            }
        }
        JsonNode members = model.shape(inputShape).path("members");
        for (var it = members.fields(); it.hasNext(); ) {
            var member = it.next();
            String location = member.getValue().path("location").asText("");
            String wireName = member.getValue().path("locationName").asText(member.getKey());
            String shape = member.getValue().path("shape").asText();
            if (location.equals("uri") && pathParams.containsKey(wireName)) {
                input.set(member.getKey(), typed(shape, pathParams.get(wireName)));
            } else if (location.equals("querystring") && ex.query().containsKey(wireName)) {
                input.set(member.getKey(), queryValue(shape, ex.query().get(wireName)));
            } else if (location.equals("header") && ex.header(wireName) != null) {
                input.set(member.getKey(), typed(shape, ex.header(wireName)));
            }
        }
        return input;
    }

    private JsonNode queryValue(String shape, List<String> values) {
        if (model.shape(shape).path("type").asText().equals("list")) {
            var array = Json.mapper().createArrayNode();
            String member = model.shape(shape).path("member").path("shape").asText();
            values.forEach(v -> array.add(typed(member, v)));
            return array;
        }
        return typed(shape, values.get(0));
    }

    /** A wire string as the model's type; a value that does not parse stays text and fails validation. */
    private JsonNode typed(String shape, String value) {
        String type = model.shape(shape).path("type").asText();
        try {
            return switch (type) {
                case "integer", "long" -> Json.mapper().getNodeFactory().numberNode(Long.parseLong(value));
                case "boolean" -> value.equals("true") || value.equals("false")
                        ? Json.mapper().getNodeFactory().booleanNode(Boolean.parseBoolean(value)) : TextNode.valueOf(value);
                default -> TextNode.valueOf(value);
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(value);
        }
    }
}
