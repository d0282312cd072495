package org.omicsbatch.sandbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a SigV4 signature, from the {@code Authorization} header or a presigned URL's query.
 * The sandbox checks the form only (any secret is accepted) and reads the credential scope, whose
 * service name ({@code omics}, {@code s3}, {@code sts}) routes the request.
 */
final class SigV4 {
    /** {@code AKID/20261126/us-east-1/omics/aws4_request}. */
    record Scope(String accessKeyId, String date, String region, String service) {
    }

    private static final Pattern CREDENTIAL = Pattern.compile(
            "([A-Za-z0-9]{1,128})/(\\d{8})/([a-z0-9-]{1,32})/([a-z0-9-]{1,32})/aws4_request");
    private static final Pattern HEADER = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^,\\s]+)\\s*,\\s*SignedHeaders=([a-z0-9;\\-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");

    private SigV4() {
    }

    /** The scope of a well-formed header, or empty when the header is not a SigV4 signature. */
    static Optional<Scope> fromHeader(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(authorization.trim());
        if (!m.matches() || !m.group(2).contains("host")) {
            return Optional.empty();
        }
        return credential(m.group(1));
    }

    /** The scope of a presigned URL ({@code X-Amz-Algorithm}, {@code X-Amz-Credential}, {@code X-Amz-Signature}). */
    static Optional<Scope> fromQuery(String algorithm, String credential, String signature) {
        if (!"AWS4-HMAC-SHA256".equals(algorithm) || signature == null || !signature.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return credential(credential);
    }

    private static Optional<Scope> credential(String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(credential);
        return m.matches() ? Optional.of(new Scope(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }
}
