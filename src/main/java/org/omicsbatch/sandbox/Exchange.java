package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.Json;

/** One HTTP request and its reply, over the JDK server's exchange: the only place that touches it. */
final class Exchange {
    private final HttpExchange http;
    private final String requestId;
    private Map<String, List<String>> query;
    private byte[] body;
    private boolean replied;

    Exchange(HttpExchange http, String requestId) {
        this.http = http;
        this.requestId = requestId;
    }

    String requestId() {
        return requestId;
    }

    String method() {
        return http.getRequestMethod();
    }

    /** The raw (still percent-encoded) path. */
    String rawPath() {
        return http.getRequestURI().getRawPath();
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    com.sun.net.httpserver.Headers headers() {
        return http.getRequestHeaders();
    }

    /** The query parameters, decoded (a malformed escape is an {@link IllegalArgumentException}). */
    Map<String, List<String>> query() {
        if (query == null) {
            query = parseQuery(http.getRequestURI().getRawQuery());
        }
        return query;
    }

    String queryParam(String name) {
        List<String> v = query().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    boolean hasQuery(String name) {
        return query().containsKey(name);
    }

    byte[] body() throws IOException {
        if (body == null) {
            body = http.getRequestBody().readAllBytes();
        }
        return body;
    }

    void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    void sendJson(int status, JsonNode json) throws IOException {
        send(status, "application/json", Json.mapper().writeValueAsBytes(json));
    }

    void send(int status, String contentType, byte[] bytes) throws IOException {
        if (contentType != null) {
            setHeader("Content-Type", contentType);
        }
        replied = true;
        if ("HEAD".equals(method())) {
            http.sendResponseHeaders(status, -1);
            http.close();
            return;
        }
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A reply without a body; for HEAD, {@code contentLength} is announced as the object's size. */
    void sendEmpty(int status, long contentLength) throws IOException {
        replied = true;
        if (contentLength >= 0) {
            setHeader("Content-Length", Long.toString(contentLength));
        }
        http.sendResponseHeaders(status, -1);
        http.close();
    }

    boolean replied() {
        return replied;
    }

    void close() {
        http.close();
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
