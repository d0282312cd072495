package org.omicsbatch.aws;

/** One run group of ListRunGroups with its limits. */
public record RunGroupSummary(String id, String name, Integer maxCpus, Integer maxRuns, Integer maxDuration,
        Integer maxGpus) {
}
