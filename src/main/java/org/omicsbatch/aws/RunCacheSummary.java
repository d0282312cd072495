package org.omicsbatch.aws;

/** One run cache of ListRunCaches. */
public record RunCacheSummary(String id, String name, String status, String cacheBehavior, String cacheS3Uri) {
}
