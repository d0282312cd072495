package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's {@code DefaultRunSetting}: the configuration every run of a batch shares.
 *
 * <p>Member names are the service model's. Enum-valued members are kept as strings: a draft is a
 * user's document and may hold a value the service refuses, which validation then names.
 * Members this version does not know are kept in {@link #unknownMembers()} so that a draft is
 * written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"workflowId", "workflowType", "roleArn", "name", "cacheId", "cacheBehavior", "runGroupId", "priority", "parameters", "storageCapacity", "outputUri", "logLevel", "runTags", "retentionMode", "storageType", "workflowOwnerId", "outputBucketOwnerId", "workflowVersionName", "networkingMode", "configurationName"})
public record DefaultRunSetting(
        String workflowId,
        String workflowType,
        String roleArn,
        String name,
        String cacheId,
        String cacheBehavior,
        String runGroupId,
        Integer priority,
        JsonNode parameters,
        Integer storageCapacity,
        String outputUri,
        String logLevel,
        Map<String, String> runTags,
        String retentionMode,
        String storageType,
        String workflowOwnerId,
        String outputBucketOwnerId,
        String workflowVersionName,
        String networkingMode,
        String configurationName,
        @JsonAnySetter Map<String, JsonNode> unknownMembers) {

    public DefaultRunSetting {
        unknownMembers = unknownMembers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(unknownMembers);
    }

    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> unknownMembers() {
        return unknownMembers;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workflowId = workflowId;
        b.workflowType = workflowType;
        b.roleArn = roleArn;
        b.name = name;
        b.cacheId = cacheId;
        b.cacheBehavior = cacheBehavior;
        b.runGroupId = runGroupId;
        b.priority = priority;
        b.parameters = parameters;
        b.storageCapacity = storageCapacity;
        b.outputUri = outputUri;
        b.logLevel = logLevel;
        b.runTags = runTags;
        b.retentionMode = retentionMode;
        b.storageType = storageType;
        b.workflowOwnerId = workflowOwnerId;
        b.outputBucketOwnerId = outputBucketOwnerId;
        b.workflowVersionName = workflowVersionName;
        b.networkingMode = networkingMode;
        b.configurationName = configurationName;
        b.unknownMembers = new LinkedHashMap<>(unknownMembers);
        return b;
    }

    /** Mutable builder; {@link #build()} gives an immutable value. */
    public static final class Builder {
        private String workflowId;
        private String workflowType;
        private String roleArn;
        private String name;
        private String cacheId;
        private String cacheBehavior;
        private String runGroupId;
        private Integer priority;
        private JsonNode parameters;
        private Integer storageCapacity;
        private String outputUri;
        private String logLevel;
        private Map<String, String> runTags;
        private String retentionMode;
        private String storageType;
        private String workflowOwnerId;
        private String outputBucketOwnerId;
        private String workflowVersionName;
        private String networkingMode;
        private String configurationName;
        private Map<String, JsonNode> unknownMembers = new LinkedHashMap<>();

        private Builder() {
        }

        /** The identifier of the workflow to run (digits, required). */
        public Builder workflowId(String value) {
            this.workflowId = value;
            return this;
        }

        /** PRIVATE or READY2RUN; batches refuse READY2RUN. */
        public Builder workflowType(String value) {
            this.workflowType = value;
            return this;
        }

        /** The IAM service role runs assume (required). */
        public Builder roleArn(String value) {
            this.roleArn = value;
            return this;
        }

        /** Default run name; overridable per run. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Run cache id; needed by cacheBehavior. */
        public Builder cacheId(String value) {
            this.cacheId = value;
            return this;
        }

        /** CACHE_ON_FAILURE or CACHE_ALWAYS. */
        public Builder cacheBehavior(String value) {
            this.cacheBehavior = value;
            return this;
        }

        /** Run group holding every run of the batch. */
        public Builder runGroupId(String value) {
            this.runGroupId = value;
            return this;
        }

        /** 0 (lowest) to 100000; overridable per run. */
        public Builder priority(Integer value) {
            this.priority = value;
            return this;
        }

        /** Workflow parameters shared by all runs, merged shallowly with each run's. */
        public Builder parameters(JsonNode value) {
            this.parameters = value;
            return this;
        }

        /** GiB of run storage, 0 to 100000 (service default 1200). */
        public Builder storageCapacity(Integer value) {
            this.storageCapacity = value;
            return this;
        }

        /** s3:// destination of outputs; overridable per run. */
        public Builder outputUri(String value) {
            this.outputUri = value;
            return this;
        }

        /** OFF, FATAL, ERROR or ALL. */
        public Builder logLevel(String value) {
            this.logLevel = value;
            return this;
        }

        /** Tags of every run, merged shallowly with each run's. */
        public Builder runTags(Map<String, String> value) {
            this.runTags = value;
            return this;
        }

        /** RETAIN or REMOVE. */
        public Builder retentionMode(String value) {
            this.retentionMode = value;
            return this;
        }

        /** STATIC or DYNAMIC. */
        public Builder storageType(String value) {
            this.storageType = value;
            return this;
        }

        /** 12-digit account of a shared workflow's owner. */
        public Builder workflowOwnerId(String value) {
            this.workflowOwnerId = value;
            return this;
        }

        /** 12-digit account expected to own the output bucket; overridable per run. */
        public Builder outputBucketOwnerId(String value) {
            this.outputBucketOwnerId = value;
            return this;
        }

        /** Version of the workflow. */
        public Builder workflowVersionName(String value) {
            this.workflowVersionName = value;
            return this;
        }

        /** RESTRICTED (service default) or VPC. */
        public Builder networkingMode(String value) {
            this.networkingMode = value;
            return this;
        }

        /** Run configuration name (for VPC networking). */
        public Builder configurationName(String value) {
            this.configurationName = value;
            return this;
        }

        public Builder unknownMembers(Map<String, JsonNode> value) {
            this.unknownMembers = value == null ? new LinkedHashMap<>() : new LinkedHashMap<>(value);
            return this;
        }

        public DefaultRunSetting build() {
            return new DefaultRunSetting(workflowId, workflowType, roleArn, name, cacheId, cacheBehavior, runGroupId, priority, parameters, storageCapacity, outputUri, logLevel, runTags, retentionMode, storageType, workflowOwnerId, outputBucketOwnerId, workflowVersionName, networkingMode, configurationName, unknownMembers);
        }
    }
}
