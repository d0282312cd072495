package org.omicsbatch.sandbox;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a sandbox runs. {@code speed} compresses every simulated duration (setup, validation, run
 * phases); {@code startRate} is the simulated StartRun quota in runs per wall-clock second and is
 * not scaled by speed, like the real quota. Rates are probabilities from 0 to 1.
 *
 * @param port            TCP port, 0 for a free one
 * @param speed           how many times faster than nominal the simulated lifecycle runs
 * @param startRate       runs started per second per batch
 * @param throttleRate    share of omics requests answered with 429 ThrottlingException
 * @param failRate        share of omics requests answered with 500 InternalServerException
 * @param runFailureRate  share of runs that end FAILED with a failure reason
 * @param latency         delay added before every reply
 * @param strictBuckets   when true S3 buckets must be created before use (as in real S3)
 * @param stateDir        where state persists across restarts, or null to keep it in memory
 * @param region          the region in ARNs
 * @param seed            seed of the fault and failure dice, so a test run is reproducible
 * @param requestRate     omics requests per second allowed per operation (a token bucket holding one
 *                        second's worth; more are answered 429 ThrottlingException), 0 for no limit
 */
public record SandboxOptions(int port, double speed, double startRate, double throttleRate, double failRate,
        double runFailureRate, Duration latency, boolean strictBuckets, Path stateDir, String region, long seed,
        double requestRate) {

    /** The sandbox's account id, in ARNs, STS replies and S3 bucket ownership. */
    public static final String ACCOUNT_ID = "123456789012";

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be greater than 0, was " + speed);
        }
        if (!(startRate > 0)) {
            throw new IllegalArgumentException("start rate must be greater than 0, was " + startRate);
        }
        requireRate("throttle rate", throttleRate);
        requireRate("fail rate", failRate);
        requireRate("run failure rate", runFailureRate);
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        region = region == null || region.isBlank() ? "us-east-1" : region;
        if (!(requestRate >= 0) || Double.isInfinite(requestRate)) {
            throw new IllegalArgumentException("request rate must be 0 (no limit) or more, was " + requestRate);
        }
    }

    private static void requireRate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    /** A free port, nominal speed, 10 starts per second, no faults, lenient buckets, in memory. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, 1, 10, 0, 0, 0, Duration.ZERO, false, null, "us-east-1", 1, 0);
    }

    public SandboxOptions withPort(int value) {
        return new SandboxOptions(value, speed, startRate, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withSpeed(double value) {
        return new SandboxOptions(port, value, startRate, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withStartRate(double value) {
        return new SandboxOptions(port, speed, value, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withThrottleRate(double value) {
        return new SandboxOptions(port, speed, startRate, value, failRate, runFailureRate, latency,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withFailRate(double value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, value, runFailureRate, latency,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withRunFailureRate(double value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, value, latency,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withLatency(Duration value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, runFailureRate, value,
                strictBuckets, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withStrictBuckets(boolean value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, runFailureRate, latency,
                value, stateDir, region, seed, requestRate);
    }

    public SandboxOptions withStateDir(Path value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, value, region, seed, requestRate);
    }

    public SandboxOptions withRegion(String value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, stateDir, value, seed, requestRate);
    }

    public SandboxOptions withSeed(long value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, stateDir, region, value, requestRate);
    }

    public SandboxOptions withRequestRate(double value) {
        return new SandboxOptions(port, speed, startRate, throttleRate, failRate, runFailureRate, latency,
                strictBuckets, stateDir, region, seed, value);
    }

    /** A nominal duration compressed by {@link #speed()}. */
    public Duration scaled(Duration nominal) {
        // whole milliseconds, so every simulated timestamp reads like the service's
        return Duration.ofMillis(Math.max(1, Math.round(nominal.toMillis() / speed)));
    }

    /** The ARN of a HealthOmics resource of this sandbox ({@code run/1234}, {@code workflow/9}, …). */
    public String arn(String resource) {
        return "arn:aws:omics:" + region + ":" + ACCOUNT_ID + ":" + resource;
    }
}
