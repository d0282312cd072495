package org.omicsbatch.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.omicsbatch.model.DefaultRunSetting;

/**
 * The members of a merged run in the service model's order, each with its getter, so that code which
 * treats them alike (provenance, the preview table) names every member once.
 */
public final class RunMembers {

    /** Members an {@code InlineSetting} replaces (the service doc's list). */
    public static final Set<String> REPLACED_BY_RUN = Set.of("name", "outputUri", "priority", "outputBucketOwnerId");

    /** Members an {@code InlineSetting} merges key by key. */
    public static final Set<String> MERGED_BY_KEY = Set.of("parameters", "runTags");

    private static final Map<String, Function<DefaultRunSetting, Object>> GETTERS = new LinkedHashMap<>();

    static {
        GETTERS.put("workflowId", DefaultRunSetting::workflowId);
        GETTERS.put("workflowType", DefaultRunSetting::workflowType);
        GETTERS.put("roleArn", DefaultRunSetting::roleArn);
        GETTERS.put("name", DefaultRunSetting::name);
        GETTERS.put("cacheId", DefaultRunSetting::cacheId);
        GETTERS.put("cacheBehavior", DefaultRunSetting::cacheBehavior);
        GETTERS.put("runGroupId", DefaultRunSetting::runGroupId);
        GETTERS.put("priority", DefaultRunSetting::priority);
        GETTERS.put("parameters", DefaultRunSetting::parameters);
        GETTERS.put("storageCapacity", DefaultRunSetting::storageCapacity);
        GETTERS.put("outputUri", DefaultRunSetting::outputUri);
        GETTERS.put("logLevel", DefaultRunSetting::logLevel);
        GETTERS.put("runTags", DefaultRunSetting::runTags);
        GETTERS.put("retentionMode", DefaultRunSetting::retentionMode);
        GETTERS.put("storageType", DefaultRunSetting::storageType);
        GETTERS.put("workflowOwnerId", DefaultRunSetting::workflowOwnerId);
        GETTERS.put("outputBucketOwnerId", DefaultRunSetting::outputBucketOwnerId);
        GETTERS.put("workflowVersionName", DefaultRunSetting::workflowVersionName);
        GETTERS.put("networkingMode", DefaultRunSetting::networkingMode);
        GETTERS.put("configurationName", DefaultRunSetting::configurationName);
    }

    private RunMembers() {
    }

    /** All 20 member names of {@code DefaultRunSetting}, in the service model's order. */
    public static List<String> names() {
        return List.copyOf(GETTERS.keySet());
    }

    /** The value of one member, or null when absent. */
    public static Object get(DefaultRunSetting setting, String member) {
        Function<DefaultRunSetting, Object> getter = GETTERS.get(member);
        if (getter == null) {
            throw new IllegalArgumentException("not a DefaultRunSetting member: " + member);
        }
        return setting == null ? null : getter.apply(setting);
    }
}
