package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.omicsbatch.model.Json;

/**
 * The one endpoint: checks the SigV4 form, injects latency and faults, and hands the request to
 * the service its credential scope names — {@code omics}, {@code s3} or {@code sts} — so one URL
 * serves all three, as one {@code --endpoint-url} does for the AWS CLI.
 */
final class SandboxHttp implements HttpHandler {
    private final SandboxOptions options;
    private final OmicsRouter omics = new OmicsRouter();
    private final S3Handler s3;
    private final StsHandler sts = new StsHandler();
    private final Random dice;
    private final Runnable afterChange;
    private final RequestRate rate;

    SandboxHttp(SandboxBackend backend, Runnable afterChange) {
        this.options = backend.options();
        this.s3 = new S3Handler(backend.s3());
        this.dice = new Random(options.seed());
        this.afterChange = afterChange;
        new BatchHandler(backend).registerOn(omics);
        new CatalogHandler(backend).registerOn(omics);
        this.rate = options.requestRate() > 0 ? new RequestRate(options.requestRate()) : null;
        if (rate != null) {
            omics.admitWith(operation -> {
                if (!rate.admit(operation, System.nanoTime())) {
                    throw SandboxException.throttling("Rate exceeded: " + operation + " is limited to "
                            + rate.perSecond() + " requests per second (sandbox --request-rate)");
                }
            });
        }
    }

    /** Omics requests refused by the request rate (0 without one). */
    long refusedByRate() {
        return rate == null ? 0 : rate.refused();
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        Exchange ex = new Exchange(http, UUID.randomUUID().toString());
        String service = "omics";
        try {
            sleep(options.latency().toMillis());
            Optional<SigV4.Scope> scope = scope(ex);
            if (scope.isEmpty()) {
                refuseUnsigned(ex);
                return;
            }
            service = scope.get().service();
            switch (service) {
                case "omics" -> {
                    ex.setHeader("x-amzn-RequestId", ex.requestId());
                    injectFaults();
                    omics.handle(ex);
                }
                case "s3" -> s3.handle(ex);
                case "sts" -> {
                    ex.setHeader("x-amzn-RequestId", ex.requestId());
                    sts.handle(ex);
                }
                default -> throw new SandboxException("UnrecognizedClientException", 403,
                        "The sandbox serves omics, s3 and sts, not " + service);
            }
            if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
                afterChange.run();
            }
        } catch (SandboxException e) {
            reply(ex, service, e.status(), e.errorType(), e.getMessage());
        } catch (S3Exception e) {
            reply(ex, service, e.status(), e.code(), e.getMessage());
        } catch (IllegalArgumentException e) {
            // a URL with a malformed percent-escape: the caller's fault, as S3 and API Gateway say with a 400
            reply(ex, service, 400, service.equals("s3") ? "InvalidURI" : "ValidationException",
                    "Malformed request URI: " + e.getMessage());
        } catch (RuntimeException e) {
            reply(ex, service, 500, service.equals("s3") ? "InternalError" : "InternalServerException",
                    "Unexpected sandbox error: " + e);
        } finally {
            ex.close();
        }
    }

    private static Optional<SigV4.Scope> scope(Exchange ex) {
        Optional<SigV4.Scope> scope = SigV4.fromHeader(ex.header("Authorization"));
        if (scope.isEmpty() && ex.header("Authorization") == null) {
            scope = SigV4.fromQuery(ex.queryParam("X-Amz-Algorithm"), ex.queryParam("X-Amz-Credential"),
                    ex.queryParam("X-Amz-Signature"));
        }
        return scope;
    }

    /** Without a signature nothing says which service was meant; the reply is the REST services' 403. */
    private static void refuseUnsigned(Exchange ex) throws IOException {
        boolean present = ex.header("Authorization") != null;
        String type = present ? "IncompleteSignatureException" : "MissingAuthenticationTokenException";
        String message = present ? "Authorization header is not a well-formed AWS Signature Version 4 "
                + "(AWS4-HMAC-SHA256 Credential=…/date/region/service/aws4_request, SignedHeaders=…, Signature=…)"
                : "Missing Authentication Token";
        reply(ex, "omics", 403, type, message);
    }

    /** Fault injection applies to HealthOmics calls only, so uploads of a demo still succeed. */
    private void injectFaults() {
        double roll;
        synchronized (dice) {
            roll = dice.nextDouble();
        }
        if (roll < options.throttleRate()) {
            throw SandboxException.throttling("Rate exceeded (sandbox --throttle-rate)");
        }
        if (roll < options.throttleRate() + options.failRate()) {
            throw SandboxException.internal("Internal failure (sandbox --fail-rate). Try the request again.");
        }
    }

    private static void reply(Exchange ex, String service, int status, String type, String message)
            throws IOException {
        if (ex.replied()) {
            return;
        }
        switch (service) {
            case "s3" -> {
                ex.setHeader("x-amz-request-id", ex.requestId());
                S3Handler.xml(ex, status, S3Xml.error(type, message, ex.rawPath(), ex.requestId()));
            }
            case "sts" -> StsHandler.error(ex, status, type, message);
            default -> {
                ex.setHeader("x-amzn-RequestId", ex.requestId());
                ex.setHeader("x-amzn-ErrorType", type);
                ObjectNode body = Json.mapper().createObjectNode().put("message", message);
                ex.send(status, "application/json", Json.mapper().writeValueAsString(body)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
