package org.omicsbatch.drafts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/** Turns Jackson's exceptions into {@link DraftFileException}s that name line, column and member. */
final class JsonErrors {

    private JsonErrors() {
    }

    static DraftFileException describe(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return new DraftFileException(file, line, column, path(m), mismatch(m));
        }
        String member = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : null;
        String problem = e instanceof InputCoercionException
                ? "number is out of range (" + firstLine(e.getOriginalMessage()) + ")"
                : firstLine(e.getOriginalMessage());
        return new DraftFileException(file, line, column, member, problem);
    }

    private static String mismatch(JsonMappingException m) {
        if (m instanceof InvalidFormatException f) {
            return shown(f.getValue()) + " is not " + expected(f.getTargetType());
        }
        if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            String found = scalarAt(m);
            return found == null ? "must be " + expected(mi.getTargetType())
                    : found + " is not " + expected(mi.getTargetType());
        }
        return firstLine(m.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == String.class) {
            return "text (in double quotes)";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of names and text values";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ ... ]";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object { ... }";
    }

    /** Jackson names a refused coercion's value only in its message: "Cannot coerce String value ("high") to ...". */
    private static final java.util.regex.Pattern COERCION = java.util.regex.Pattern.compile(
            "^Cannot coerce [A-Za-z -]+ value \\((.+?)\\) to ");

    /** The offending scalar as written ("high", 1.5), or null when Jackson does not say. */
    private static String scalarAt(JsonMappingException m) {
        java.util.regex.Matcher c = COERCION.matcher(String.valueOf(m.getOriginalMessage()));
        return c.find() ? c.group(1) : null;
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The member the parser was in when the text stopped making sense. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String p = String.join("", parts);
        return p.startsWith(".") ? p.substring(1) : p;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
