package org.omicsbatch.plan;

/**
 * The limits of {@code StartRunBatch} from the service model (omics 2022-11-28) and its documentation
 * strings, named after the model's shapes.
 */
public final class ServiceLimits {
    private static final String DIGITS = "[0-9]+";
    private static final String DIGITS_HINT = "must hold digits only";
    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9\\-\\._]*";
    private static final String NAME_HINT = "must start with a letter or digit and hold only letters, digits, '-', '.' and '_'";

    public static final StringRule BATCH_NAME = StringRule.printable("BatchName", 1, 64);
    public static final StringRule BATCH_REQUEST_ID = StringRule.printable("BatchRequestId", 1, 128);
    public static final StringRule TAG_KEY = StringRule.length("TagKey", 1, 128);
    public static final StringRule TAG_VALUE = StringRule.length("TagValue", 0, 256);
    public static final StringRule WORKFLOW_ID = StringRule.pattern("WorkflowId", 1, 18, DIGITS, DIGITS_HINT);
    public static final StringRule WORKFLOW_TYPE = StringRule.oneOf("WorkflowType", 1, 64, "PRIVATE", "READY2RUN");
    public static final StringRule RUN_ROLE_ARN = StringRule.pattern("RunRoleArn", 1, 128, "arn:.+",
            "must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)");
    public static final StringRule RUN_NAME = StringRule.printable("RunName", 1, 128);
    public static final StringRule CACHE_ID = StringRule.pattern("NumericIdInArn", 1, 18, DIGITS, DIGITS_HINT);
    public static final StringRule CACHE_BEHAVIOR = StringRule.oneOf("CacheBehavior", 1, 64, "CACHE_ON_FAILURE",
            "CACHE_ALWAYS");
    public static final StringRule RUN_GROUP_ID = StringRule.pattern("RunGroupId", 1, 18, DIGITS, DIGITS_HINT);
    public static final StringRule RUN_OUTPUT_URI = StringRule.printable("RunOutputUri", 1, 750);
    public static final StringRule RUN_LOG_LEVEL = StringRule.oneOf("RunLogLevel", 1, 64, "OFF", "FATAL", "ERROR", "ALL");
    public static final StringRule RUN_RETENTION_MODE = StringRule.oneOf("RunRetentionMode", 1, 64, "RETAIN", "REMOVE");
    public static final StringRule STORAGE_TYPE = StringRule.oneOf("StorageType", 1, 64, "STATIC", "DYNAMIC");
    public static final StringRule WORKFLOW_OWNER_ID = StringRule.pattern("WorkflowOwnerId", null, null, "[0-9]{12}",
            "must be a 12-digit AWS account ID");
    public static final StringRule AWS_ACCOUNT_ID = StringRule.pattern("AwsAccountId", 12, 12, DIGITS,
            "must be a 12-digit AWS account ID");
    public static final StringRule WORKFLOW_VERSION_NAME = StringRule.pattern("WorkflowVersionName", 1, 64,
            NAME_PATTERN, NAME_HINT);
    public static final StringRule NETWORKING_MODE = StringRule.oneOf("NetworkingMode", null, null, "RESTRICTED", "VPC");
    public static final StringRule CONFIGURATION_NAME = StringRule.pattern("ConfigurationName", 1, 128, NAME_PATTERN,
            NAME_HINT);
    public static final StringRule RUN_SETTING_ID = StringRule.printable("RunSettingId", 1, 128);
    public static final StringRule S3_URI_SETTINGS = StringRule.printable("S3UriSettings", 1, 750);

    /** {@code DefaultRunSettingPriorityInteger} and {@code InlineSettingPriorityInteger}. */
    public static final int PRIORITY_MIN = 0;
    public static final int PRIORITY_MAX = 100_000;
    /** {@code DefaultRunSettingStorageCapacityInteger}, GiB. */
    public static final int STORAGE_CAPACITY_MIN = 0;
    public static final int STORAGE_CAPACITY_MAX = 100_000;
    /** {@code InlineSettings} list max: more runs go to an S3 settings file. */
    public static final int INLINE_MAX = 100;
    /** "You can group up to 100,000 runs into a single batch" (StartRunBatch doc). */
    public static final int RUNS_MAX = 100_000;
    /**
     * "The maximum file size is 6 GB" (S3UriSettings doc). The doc does not say GB or GiB; we take the
     * smaller, 6 × 10^9 bytes, so a file we accept is never refused.
     */
    public static final long SETTINGS_FILE_MAX_BYTES = 6_000_000_000L;
    /**
     * StartRun's storageCapacity doc: when the requested STATIC capacity is unavailable the service
     * rounds up to the nearest multiple of 1200 GiB (then of 2400 GiB). Default capacity is 1200 GiB.
     */
    public static final int STATIC_STORAGE_STEP_GIB = 1200;

    private ServiceLimits() {
    }
}
