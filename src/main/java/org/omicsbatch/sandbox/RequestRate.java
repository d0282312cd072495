package org.omicsbatch.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's optional request quota: like the service's API quotas, one per operation, in
 * requests per second. Each operation has a token bucket that holds one second's worth and refills
 * continuously; a request that finds it empty is refused (the caller answers ThrottlingException).
 */
final class RequestRate {
    private final double perSecond;
    private final Map<String, double[]> buckets = new HashMap<>(); // operation → {tokens, last refill (ns)}
    private final AtomicLong refused = new AtomicLong();

    RequestRate(double perSecond) {
        this.perSecond = perSecond;
    }

    /** Takes a token for {@code operation} at {@code nowNanos}; false when its bucket is empty. */
    synchronized boolean admit(String operation, long nowNanos) {
        double[] b = buckets.computeIfAbsent(operation, k -> new double[] {perSecond, nowNanos});
        b[0] = Math.min(perSecond, b[0] + (nowNanos - b[1]) / 1e9 * perSecond);
        b[1] = nowNanos;
        if (b[0] >= 1) {
            b[0] -= 1;
            return true;
        }
        refused.incrementAndGet();
        return false;
    }

    double perSecond() {
        return perSecond;
    }

    /** Requests refused so far. */
    long refused() {
        return refused.get();
    }
}
