package org.omicsbatch.ui.wizard.workflow;

import org.omicsbatch.aws.RunCacheSummary;
import org.omicsbatch.aws.RunGroupSummary;
import org.omicsbatch.aws.WorkflowVersionSummary;

/** The entries of the Workflow step's pickers, each with the words the picker shows. */
public final class WorkflowChoices {
    private WorkflowChoices() {
    }

    /** A version in the picker; {@link #LATEST} is "no version": the workflow's default. */
    public record VersionChoice(String versionName, WorkflowVersionSummary summary) {
        public static final VersionChoice LATEST = new VersionChoice(null, null);

        @Override
        public String toString() {
            if (versionName == null) {
                return "Default (no version)";
            }
            return summary != null && summary.status() != null ? versionName + " — " + summary.status() : versionName;
        }
    }

    /** A run group in the picker; {@link #NONE} leaves runGroupId unset. */
    public record RunGroupChoice(String id, String name, RunGroupSummary summary) {
        public static final RunGroupChoice NONE = new RunGroupChoice(null, null, null);

        @Override
        public String toString() {
            if (id == null) {
                return "None";
            }
            StringBuilder text = new StringBuilder(name == null ? id : name + " (" + id + ")");
            if (summary != null && summary.maxRuns() != null) {
                text.append(" — at most ").append(summary.maxRuns()).append(" runs at once");
            }
            return text.toString();
        }
    }

    /** A run cache in the picker; {@link #NONE} leaves cacheId unset. */
    public record RunCacheChoice(String id, String name, RunCacheSummary summary) {
        public static final RunCacheChoice NONE = new RunCacheChoice(null, null, null);

        @Override
        public String toString() {
            if (id == null) {
                return "None";
            }
            String base = name == null ? id : name + " (" + id + ")";
            return summary != null && summary.cacheBehavior() != null ? base + " — " + summary.cacheBehavior() : base;
        }
    }
}
