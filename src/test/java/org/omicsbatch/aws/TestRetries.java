package org.omicsbatch.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/** The SDK's standard retry strategy with millisecond backoff, so tests that inject faults stay fast. */
public final class TestRetries {
    private TestRetries() {
    }

    public static RetryStrategy fast() {
        BackoffStrategy quick = BackoffStrategy.exponentialDelay(Duration.ofMillis(2), Duration.ofMillis(20));
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(6)
                .backoffStrategy(quick)
                .throttlingBackoffStrategy(quick)
                .build();
    }
}
