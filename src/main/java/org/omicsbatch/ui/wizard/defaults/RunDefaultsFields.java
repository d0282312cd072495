package org.omicsbatch.ui.wizard.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.omicsbatch.model.DefaultRunSetting;

/** Which validation messages belong to the Run defaults step, and the members other steps set. */
final class RunDefaultsFields {
    /** The member paths this step edits; a problem's path names one of them or a key below it. */
    static final Set<String> OWNED = Set.of("defaultRunSetting.name", "defaultRunSetting.roleArn",
            "defaultRunSetting.outputUri", "defaultRunSetting.outputBucketOwnerId", "defaultRunSetting.storageType",
            "defaultRunSetting.storageCapacity", "defaultRunSetting.priority", "defaultRunSetting.retentionMode",
            "defaultRunSetting.logLevel", "defaultRunSetting.cacheBehavior", "defaultRunSetting.networkingMode",
            "defaultRunSetting.configurationName", "defaultRunSetting.runTags", "batchName", "tags");

    private RunDefaultsFields() {
    }

    /** The field of this step {@code path} belongs to ({@code tags.project} → {@code tags}), or null. */
    static String owner(String path) {
        if (path == null) {
            return null;
        }
        for (String field : OWNED) {
            if (path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[")) {
                return field;
            }
        }
        return null;
    }

    static String describeSetElsewhere(DefaultRunSetting d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.workflowId() == null ? "no workflow yet" : "workflow " + d.workflowId()
                + (d.workflowType() == null ? "" : " (" + d.workflowType() + ")"));
        if (d.workflowVersionName() != null) {
            parts.add("version " + d.workflowVersionName());
        }
        if (d.workflowOwnerId() != null) {
            parts.add("owned by account " + d.workflowOwnerId());
        }
        parts.add(d.runGroupId() == null ? "no run group" : "run group " + d.runGroupId());
        parts.add(d.cacheId() == null ? "no run cache" : "run cache " + d.cacheId());
        int parameters = d.parameters() == null ? 0 : d.parameters().size();
        parts.add(parameters + (parameters == 1 ? " shared parameter" : " shared parameters"));
        return String.join(" · ", parts);
    }
}
