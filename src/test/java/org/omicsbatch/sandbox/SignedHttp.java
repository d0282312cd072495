package org.omicsbatch.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Requests to a sandbox with a SigV4-shaped {@code Authorization} header (the sandbox checks the
 * form, not the signature), for the sandbox's own wire tests.
 */
final class SignedHttp {
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI endpoint;

    SignedHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    static String authorization(String service) {
        return "AWS4-HMAC-SHA256 Credential=AKIDSANDBOX/20260302/us-east-1/" + service + "/aws4_request, "
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + "0a1b2c3d".repeat(8);
    }

    HttpResponse<String> send(String service, String method, String path, String body, String... headers)
            throws Exception {
        return client.send(request(service, method, path, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                headers), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String service, String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(path))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (service != null) {
            b.header("Authorization", authorization(service));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    HttpResponse<String> omics(String method, String path, String body) throws Exception {
        return send("omics", method, path, body, "Content-Type", "application/json");
    }
}
