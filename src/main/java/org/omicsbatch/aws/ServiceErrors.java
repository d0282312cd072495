package org.omicsbatch.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.omicsbatch.model.Json;

/**
 * Turns an error reply of the REST-JSON protocol into a typed {@link OmicsServiceException}.
 *
 * <p>The error code comes from the {@code x-amzn-ErrorType} header, else the body's {@code __type}
 * or {@code code}, else the HTTP status the service model gives each error shape. Both header and
 * {@code __type} may carry a namespace ({@code …#Code}) or a URL suffix ({@code Code:http://…}).
 */
public final class ServiceErrors {
    private ServiceErrors() {
    }

    public static OmicsServiceException fromReply(String operation, int status, String errorTypeHeader,
            String requestId, byte[] body) {
        JsonNode json = parse(body);
        String code = firstNonBlank(clean(errorTypeHeader), clean(text(json, "__type")), clean(text(json, "code")),
                codeForStatus(status));
        String message = firstNonBlank(text(json, "message"), text(json, "Message"), "HTTP " + status);
        return of(code, message, status, requestId, operation);
    }

    /** The typed exception for a service error code; unknown codes give the base type. */
    public static OmicsServiceException of(String code, String message, int status, String requestId,
            String operation) {
        return of(code, message, status, requestId, operation, null);
    }

    static OmicsServiceException of(String code, String message, int status, String requestId, String operation,
            Throwable cause) {
        OmicsServiceException e = typed(code, message, status, requestId, operation);
        if (cause != null) {
            e.addSuppressed(cause); // the SDK's own exception, for a debug trace; its cause slot is taken
        }
        return e;
    }

    private static OmicsServiceException typed(String code, String message, int status, String requestId,
            String operation) {
        switch (code) {
            case "ValidationException":
                return new ValidationException(message, status, requestId, operation);
            case "ConflictException":
                return new ConflictException(message, status, requestId, operation);
            case "ThrottlingException":
                return new ThrottlingException(message, status, requestId, operation);
            case "AccessDeniedException":
                return new AccessDeniedException(message, status, requestId, operation);
            case "ResourceNotFoundException":
                return new ResourceNotFoundException(message, status, requestId, operation);
            case "ServiceQuotaExceededException":
                return new ServiceQuotaExceededException(message, status, requestId, operation);
            case "RequestTimeoutException":
                return new RequestTimeoutException(message, status, requestId, operation);
            case "InternalServerException":
                return new InternalServerException(message, status, requestId, operation);
            default:
                return new OmicsServiceException(OmicsServiceException.details(code, message, status, requestId),
                        operation);
        }
    }

    /** The error shape the service model binds to each status (used when the reply names none). */
    static String codeForStatus(int status) {
        switch (status) {
            case 400: return "ValidationException";
            case 402: return "ServiceQuotaExceededException";
            case 403: return "AccessDeniedException";
            case 404: return "ResourceNotFoundException";
            case 408: return "RequestTimeoutException";
            case 409: return "ConflictException";
            case 429: return "ThrottlingException";
            default: return status >= 500 ? "InternalServerException" : "HTTP" + status;
        }
    }

    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim();
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        int hash = code.lastIndexOf('#');
        return hash >= 0 ? code.substring(hash + 1) : code;
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.mapper().readTree(new String(body, StandardCharsets.UTF_8));
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        if (json == null || !json.isObject()) {
            return null;
        }
        // Some services spell members with another case; accept either.
        JsonNode v = json.get(field);
        if (v == null) {
            v = json.get(field.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
