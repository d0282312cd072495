package org.omicsbatch.aws;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Sends one REST-JSON call: builds the request, signs it, sends it with the SDK HTTP client and
 * retries it under the SDK's retry strategy (backoff with jitter; throttling and 5xx are retryable).
 * An error reply becomes a typed {@link OmicsServiceException}; a network failure an
 * {@link SdkClientException}.
 */
final class SignedJsonTransport {
    private static final String USER_AGENT = "omics-batch-launcher (aws-sdk-java-v2 parts)";

    /** A successful reply. */
    record Reply(int status, byte[] body) {
    }

    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final RequestSigner signer;
    private final URI endpoint;
    private final RetryStrategy retries;

    SignedJsonTransport(SdkHttpClient http, AwsCredentialsProvider credentials, RequestSigner signer, URI endpoint,
            RetryStrategy retries) {
        this.http = http;
        this.credentials = credentials;
        this.signer = signer;
        this.endpoint = endpoint;
        this.retries = retries;
    }

    URI endpoint() {
        return endpoint;
    }

    Reply call(String operation, SdkHttpMethod method, String path, Map<String, String> query, byte[] body) {
        // Resolved once per call: providers cache, and a missing identity is not worth retrying.
        AwsCredentialsIdentity identity = credentials.resolveCredentials();
        AcquireInitialTokenResponse first = retries.acquireInitialToken(AcquireInitialTokenRequest.create("omics"));
        RetryToken token = first.token();
        pause(first.delay());
        while (true) {
            try {
                Reply reply = once(operation, method, path, query, body, identity);
                retries.recordSuccess(RecordSuccessRequest.create(token));
                return reply;
            } catch (SdkException failure) {
                RefreshRetryTokenResponse next;
                try {
                    next = retries.refreshRetryToken(RefreshRetryTokenRequest.builder().token(token).failure(failure)
                            .build());
                } catch (TokenAcquisitionFailedException notRetryable) {
                    throw failure;
                }
                token = next.token();
                pause(next.delay());
            }
        }
    }

    private Reply once(String operation, SdkHttpMethod method, String path, Map<String, String> query, byte[] body,
            AwsCredentialsIdentity identity) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(method)
                .uri(endpoint)
                .encodedPath(basePath() + path)
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", USER_AGENT);
        query.forEach(request::putRawQueryParameter);
        if (body != null) {
            request.putHeader("Content-Type", "application/json")
                    .putHeader("Content-Length", Integer.toString(body.length));
        }
        SignedRequest signed = signer.sign(request.build(), body, identity);
        HttpExecuteRequest.Builder execute = HttpExecuteRequest.builder().request(signed.request());
        signed.payload().ifPresent(execute::contentStreamProvider);
        try {
            HttpExecuteResponse response = http.prepareRequest(execute.build()).call();
            int status = response.httpResponse().statusCode();
            byte[] bytes = read(response);
            if (status / 100 == 2) {
                return new Reply(status, bytes);
            }
            throw ServiceErrors.fromReply(operation, status,
                    response.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse(null),
                    response.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse(null), bytes);
        } catch (IOException e) {
            throw SdkClientException.builder()
                    .message(operation + ": cannot reach " + endpoint.getHost() + ": " + e.getMessage())
                    .cause(e).build();
        }
    }

    /** An endpoint override may carry a path (a proxy or VPC endpoint mounted under one). */
    private String basePath() {
        String p = endpoint.getRawPath();
        return p == null || p.equals("/") ? "" : p.replaceAll("/$", "");
    }

    private static byte[] read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = response.responseBody().get()) {
            return in.readAllBytes();
        }
    }

    private static void pause(Duration delay) {
        if (delay == null || delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("interrupted while waiting to retry", e);
        }
    }
}
