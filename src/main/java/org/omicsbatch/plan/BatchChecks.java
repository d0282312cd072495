package org.omicsbatch.plan;

import static org.omicsbatch.plan.ServiceLimits.STATIC_STORAGE_STEP_GIB;

import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;

/** Checks of the batch-level members and of {@code defaultRunSetting}. */
final class BatchChecks {
    private static final String D = "defaultRunSetting.";

    private BatchChecks() {
    }

    static void check(BatchDraft draft, ProblemSink sink) {
        sink.string("batchName", draft.batchName(), ServiceLimits.BATCH_NAME);
        sink.string("requestId", draft.requestId(), ServiceLimits.BATCH_REQUEST_ID);
        sink.tags("tags", draft.tags());
        sink.unknownMembers("", draft.unknownMembers(), "StartRunBatchRequest");
        DefaultRunSetting d = draft.defaultRunSetting();
        if (d == null) {
            sink.error("defaultRunSetting", "required: the settings every run shares (at least workflowId and roleArn)");
        } else {
            defaults(d, sink);
        }
        runSettings(draft.batchRunSettings(), sink);
    }

    private static void defaults(DefaultRunSetting d, ProblemSink sink) {
        sink.required(D + "workflowId", d.workflowId(), "the ID of the workflow to run");
        sink.string(D + "workflowId", d.workflowId(), ServiceLimits.WORKFLOW_ID);
        sink.string(D + "workflowType", d.workflowType(), ServiceLimits.WORKFLOW_TYPE);
        if ("READY2RUN".equals(d.workflowType())) {
            sink.error(D + "workflowType", "batches do not support READY2RUN workflows: start these runs one by one");
        }
        sink.required(D + "roleArn", d.roleArn(), "the IAM service role the runs use");
        sink.string(D + "roleArn", d.roleArn(), ServiceLimits.RUN_ROLE_ARN);
        sink.string(D + "name", d.name(), ServiceLimits.RUN_NAME);
        sink.string(D + "cacheId", d.cacheId(), ServiceLimits.CACHE_ID);
        sink.string(D + "cacheBehavior", d.cacheBehavior(), ServiceLimits.CACHE_BEHAVIOR);
        if (d.cacheBehavior() != null && d.cacheId() == null) {
            sink.error(D + "cacheBehavior", "needs cacheId: choose a run cache or remove cacheBehavior");
        }
        sink.string(D + "runGroupId", d.runGroupId(), ServiceLimits.RUN_GROUP_ID);
        sink.range(D + "priority", d.priority(), ServiceLimits.PRIORITY_MIN, ServiceLimits.PRIORITY_MAX);
        RunChecks.parametersShape(D + "parameters", d.parameters(), sink);
        sink.range(D + "storageCapacity", d.storageCapacity(), ServiceLimits.STORAGE_CAPACITY_MIN,
                ServiceLimits.STORAGE_CAPACITY_MAX);
        storage(d, sink);
        sink.string(D + "outputUri", d.outputUri(), ServiceLimits.RUN_OUTPUT_URI);
        sink.s3Uri(D + "outputUri", d.outputUri());
        sink.string(D + "logLevel", d.logLevel(), ServiceLimits.RUN_LOG_LEVEL);
        sink.tags(D + "runTags", d.runTags());
        sink.string(D + "retentionMode", d.retentionMode(), ServiceLimits.RUN_RETENTION_MODE);
        sink.string(D + "storageType", d.storageType(), ServiceLimits.STORAGE_TYPE);
        sink.string(D + "workflowOwnerId", d.workflowOwnerId(), ServiceLimits.WORKFLOW_OWNER_ID);
        sink.string(D + "outputBucketOwnerId", d.outputBucketOwnerId(), ServiceLimits.AWS_ACCOUNT_ID);
        sink.string(D + "workflowVersionName", d.workflowVersionName(), ServiceLimits.WORKFLOW_VERSION_NAME);
        sink.string(D + "networkingMode", d.networkingMode(), ServiceLimits.NETWORKING_MODE);
        sink.string(D + "configurationName", d.configurationName(), ServiceLimits.CONFIGURATION_NAME);
        sink.unknownMembers("defaultRunSetting", d.unknownMembers(), "DefaultRunSetting");
    }

    /**
     * StartRun's doc: STATIC capacity that is unavailable is rounded up to a multiple of 1200 GiB (then
     * 2400 GiB); DYNAMIC storage ignores storageCapacity. Which type applies when none is given is
     * documented both ways (StartRun's doc: STATIC; the user guide's "Run storage types": DYNAMIC), so
     * a capacity without a type gets a warning to make the type explicit.
     */
    private static void storage(DefaultRunSetting d, ProblemSink sink) {
        Integer capacity = d.storageCapacity();
        if (capacity == null) {
            return;
        }
        if ("DYNAMIC".equals(d.storageType())) {
            sink.warning(D + "storageCapacity", "ignored with DYNAMIC storage, which grows as needed: remove it or use STATIC");
            return;
        }
        if (d.storageType() == null) {
            sink.warning(D + "storageType", "not set while storageCapacity is: runs may get DYNAMIC storage, which ignores"
                    + " the capacity; set storageType to STATIC to get " + capacity + " GiB");
        }
        if (capacity % STATIC_STORAGE_STEP_GIB != 0) {
            int up = roundUp(capacity, STATIC_STORAGE_STEP_GIB);
            int further = roundUp(capacity, 2 * STATIC_STORAGE_STEP_GIB);
            sink.warning(D + "storageCapacity", capacity + " GiB is not a multiple of " + STATIC_STORAGE_STEP_GIB
                    + " GiB: when that size is unavailable the service rounds STATIC storage up to " + up + " GiB"
                    + (further == up ? "" : " (or " + further + " GiB)") + ", and the run gets (and pays for) the larger size");
        }
    }

    private static int roundUp(int value, int step) {
        return (value + step - 1) / step * step;
    }

    private static void runSettings(BatchRunSettings settings, ProblemSink sink) {
        if (settings == null) {
            sink.error("batchRunSettings", "required: the runs (inlineSettings) or an S3 settings file (s3UriSettings)");
            return;
        }
        boolean inline = settings.inlineSettings() != null;
        boolean s3 = settings.s3UriSettings() != null;
        if (inline && s3) {
            sink.error("batchRunSettings", "give exactly one of inlineSettings and s3UriSettings, not both");
        } else if (!inline && !s3) {
            sink.error("batchRunSettings", "give one of inlineSettings and s3UriSettings");
        } else if (s3) {
            sink.string("batchRunSettings.s3UriSettings", settings.s3UriSettings(), ServiceLimits.S3_URI_SETTINGS);
            sink.s3Uri("batchRunSettings.s3UriSettings", settings.s3UriSettings());
            sink.warning("batchRunSettings.s3UriSettings",
                    "the runs are in an existing S3 file and were not checked here");
        } else if (settings.inlineSettings().isEmpty()) {
            sink.error("batchRunSettings.inlineSettings", "a batch needs at least 1 run");
        } else if (settings.inlineSettings().size() > ServiceLimits.RUNS_MAX) {
            sink.error("batchRunSettings.inlineSettings", "a batch holds at most " + ServiceLimits.RUNS_MAX
                    + " runs (this draft has " + settings.inlineSettings().size() + "): split it into several batches");
        }
    }
}
