package org.omicsbatch.aws;

import java.time.Clock;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.omics.OmicsClient;
import software.amazon.awssdk.services.omics.OmicsClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/**
 * One connection to AWS (or the sandbox): the batch client, the workflow catalog, S3 files and the
 * account id, sharing one identity, region, connection pool and retry strategy. Clients other than
 * the batch client are made when first used. Close it when done.
 */
public final class AwsSession implements AutoCloseable {
    private final ClientParts parts;
    private final RestJsonBatchClient batches;
    private OmicsClient omics;
    private SdkWorkflowCatalog catalog;
    private StsClient sts;
    private S3Client s3Client;
    private S3Files s3;
    private String accountId;

    private AwsSession(ClientParts parts) {
        this.parts = parts;
        RequestSigner signer = new RequestSigner("omics", parts.region().id(), Clock.systemUTC());
        this.batches = new RestJsonBatchClient(new SignedJsonTransport(parts.http(), parts.credentials(), signer,
                parts.omicsEndpoint(), parts.retries()));
    }

    public static AwsSession open(ConnectionSettings settings) {
        return open(settings, ClientParts.defaultRetries());
    }

    /** With a given retry strategy (tests use one with short delays). */
    public static AwsSession open(ConnectionSettings settings, RetryStrategy retries) {
        return new AwsSession(ClientParts.create(settings, retries));
    }

    public BatchApi batches() {
        return batches;
    }

    public synchronized WorkflowCatalog catalog() {
        if (catalog == null) {
            OmicsClientBuilder b = OmicsClient.builder();
            configure(b);
            // The SDK would prepend "workflows-" to an overridden host too (FACTS: 127.0.0.1 → workflows-127.0.0.1).
            b.overrideConfiguration(c -> c.retryStrategy(parts.retries())
                    .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION,
                            parts.settings().hasEndpointOverride()));
            omics = b.build();
            catalog = new SdkWorkflowCatalog(omics);
        }
        return catalog;
    }

    /** The caller's account (STS GetCallerIdentity), asked once. */
    public synchronized String accountId() {
        if (accountId == null) {
            if (sts == null) {
                StsClientBuilder b = StsClient.builder();
                configure(b);
                b.overrideConfiguration(c -> c.retryStrategy(parts.retries()));
                sts = b.build();
            }
            try {
                accountId = sts.getCallerIdentity().account();
            } catch (AwsServiceException e) {
                throw AwsErrors.translate(e, "GetCallerIdentity");
            }
        }
        return accountId;
    }

    public synchronized S3Files s3() {
        if (s3 == null) {
            s3Client = S3Clients.build(parts);
            s3 = new S3Files(s3Client, this::accountId);
        }
        return s3;
    }

    /** The session's S3 client, for listings S3Files does not offer (the app's S3 browser). */
    public synchronized S3Client s3Client() {
        s3();
        return s3Client;
    }

    public String region() {
        return parts.region().id();
    }

    public ConnectionSettings settings() {
        return parts.settings();
    }

    /** True when signing with the sandbox's fixed dummy identity. */
    public boolean isSandbox() {
        return ClientParts.isSandbox(parts.settings());
    }

    private void configure(software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?, ?> b) {
        b.region(parts.region()).credentialsProvider(parts.credentials());
        if (parts.settings().hasEndpointOverride()) {
            b.endpointOverride(parts.settings().endpointUrl());
        }
        if (b instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClient(parts.http());
        }
    }

    @Override
    public synchronized void close() {
        if (omics != null) {
            omics.close();
        }
        if (sts != null) {
            sts.close();
        }
        if (s3Client != null) {
            s3Client.close();
        }
        parts.http().close();
    }
}
