package org.omicsbatch.submit;

import java.time.Duration;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.OmicsServiceException;
import org.omicsbatch.aws.RequestTimeoutException;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.model.StartRunBatchResponse;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Sends StartRunBatch until the service answers, always with the same request and so the same
 * {@code requestId}: the service returns the batch it already made for a repeated id, so no retry
 * here can make a second batch. On top of the client's own retries, because a submission must
 * survive minutes of throttling, not seconds.
 */
final class StartSender {
    private final BatchApi api;
    private final int attempts;
    private final Duration firstDelay;

    StartSender(BatchApi api, int attempts, Duration firstDelay) {
        this.api = api;
        this.attempts = attempts;
        this.firstDelay = firstDelay;
    }

    StartRunBatchResponse send(StartRunBatchRequest request, Progress progress) {
        RuntimeException last = null;
        Duration delay = firstDelay;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            progress.checkCancelled();
            try {
                return api.startRunBatch(request);
            } catch (OmicsServiceException e) {
                if (!transientFailure(e)) {
                    throw e;
                }
                last = e;
            } catch (SdkClientException e) {
                last = e;
            }
            progress.update(attempt, attempts, "the service is busy; trying again with the same request id");
            sleep(delay);
            delay = delay.multipliedBy(2);
        }
        throw last;
    }

    static boolean transientFailure(OmicsServiceException e) {
        return e.isThrottlingException() || e.statusCode() >= 500 || e instanceof RequestTimeoutException;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        }
    }
}
