package org.omicsbatch.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * What every client of a session shares: one identity, one region, one HTTP connection pool and one
 * retry strategy, all from the SDK's own providers.
 */
record ClientParts(ConnectionSettings settings, AwsCredentialsProvider credentials, Region region,
        SdkHttpClient http, RetryStrategy retries) {

    /** The sandbox accepts any well-formed signature; this identity only gives the signature its form. */
    static final String SANDBOX_ACCESS_KEY = "AKIASANDBOXEXAMPLE00";
    private static final String SANDBOX_SECRET_KEY = "sandbox/only/not-a-real-secret/0000000000";

    /** Standard retries (backoff with jitter, throttling and 5xx), with more attempts than the SDK's 3. */
    static RetryStrategy defaultRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(6).build();
    }

    static ClientParts create(ConnectionSettings settings, RetryStrategy retries) {
        return new ClientParts(settings, credentials(settings), region(settings), http(settings), retries);
    }

    /** The sandbox: a loopback endpoint with no profile named. */
    static boolean isSandbox(ConnectionSettings settings) {
        return settings.hasEndpointOverride() && settings.profile() == null && ConnectionSettings.isLoopback(settings.endpointUrl());
    }

    private static AwsCredentialsProvider credentials(ConnectionSettings settings) {
        if (isSandbox(settings)) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(SANDBOX_ACCESS_KEY, SANDBOX_SECRET_KEY));
        }
        if (settings.profile() != null) {
            // A profile the user picked wins over environment variables (the default chain's first step).
            return ProfileCredentialsProvider.builder().profileName(settings.profile()).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static Region region(ConnectionSettings settings) {
        if (settings.region() != null && !settings.region().isBlank()) {
            return Region.of(settings.region().trim());
        }
        try {
            DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
            if (settings.profile() != null) {
                chain.profileName(settings.profile());
            }
            return chain.build().getRegion();
        } catch (SdkClientException none) {
            throw new AwsSetupException("No AWS region is set", "Choose a region (--region, or region = … in the "
                    + (settings.profile() == null ? "default profile" : "profile " + settings.profile()) + ").");
        }
    }

    private static SdkHttpClient http(ConnectionSettings settings) {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder()
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60));
        if (settings.proxyUrl() != null) {
            http.proxyConfiguration(ProxyConfiguration.builder().endpoint(settings.proxyUrl())
                    .useSystemPropertyValues(false).useEnvironmentVariableValues(false).build());
        }
        return http.build();
    }

    /** HealthOmics's workflow endpoint: the service's with the {@code workflows-} host prefix, or the override as is. */
    URI omicsEndpoint() {
        if (settings.hasEndpointOverride()) {
            return settings.endpointUrl();
        }
        return URI.create("https://workflows-omics." + region.id() + "." + dnsSuffix());
    }

    private String dnsSuffix() {
        return region.id().startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }
}
