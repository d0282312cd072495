package org.omicsbatch.aws;

import java.time.Clock;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 with the SDK's own signer: one signing name and region, and a clock tests can fix.
 * Requests must already carry the host they are sent to: the signature covers it.
 */
final class RequestSigner {
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final String signingName;
    private final String region;
    private final Clock clock;

    RequestSigner(String signingName, String region, Clock clock) {
        this.signingName = signingName;
        this.region = region;
        this.clock = clock;
    }

    SignedRequest sign(SdkHttpRequest request, byte[] payload, AwsCredentialsIdentity credentials) {
        return signer.sign(r -> r.identity(credentials)
                .request(request)
                .payload(payload == null ? null : ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock));
    }
}
