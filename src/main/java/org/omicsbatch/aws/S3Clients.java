package org.omicsbatch.aws;

import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.s3.S3Client;

/** The sync S3 client of a session: same identity, region, connection pool and retries. */
final class S3Clients {
    private S3Clients() {
    }

    static S3Client build(ClientParts parts) {
        var b = S3Client.builder()
                .region(parts.region())
                .credentialsProvider(parts.credentials())
                .httpClient(parts.http())
                .overrideConfiguration(c -> c.retryStrategy(parts.retries()));
        if (parts.settings().hasEndpointOverride()) {
            // Emulators and the sandbox serve path-style URLs and plain (not aws-chunked) bodies.
            b.endpointOverride(parts.settings().endpointUrl())
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        } else {
            // Inputs live in buckets of any region; the SDK follows S3's redirect instead of failing.
            b.crossRegionAccessEnabled(true);
        }
        return b.build();
    }
}
