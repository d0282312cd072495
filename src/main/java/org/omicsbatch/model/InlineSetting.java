package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's {@code InlineSetting}: one run's overrides of the {@link DefaultRunSetting}.
 *
 * <p>Member names are the service model's. Enum-valued members are kept as strings: a draft is a
 * user's document and may hold a value the service refuses, which validation then names.
 * Members this version does not know are kept in {@link #unknownMembers()} so that a draft is
 * written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"runSettingId", "name", "outputUri", "priority", "parameters", "outputBucketOwnerId", "runTags"})
public record InlineSetting(
        String runSettingId,
        String name,
        String outputUri,
        Integer priority,
        JsonNode parameters,
        String outputBucketOwnerId,
        Map<String, String> runTags,
        @JsonAnySetter Map<String, JsonNode> unknownMembers) {

    public InlineSetting {
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
        b.runSettingId = runSettingId;
        b.name = name;
        b.outputUri = outputUri;
        b.priority = priority;
        b.parameters = parameters;
        b.outputBucketOwnerId = outputBucketOwnerId;
        b.runTags = runTags;
        b.unknownMembers = new LinkedHashMap<>(unknownMembers);
        return b;
    }

    /** Mutable builder; {@link #build()} gives an immutable value. */
    public static final class Builder {
        private String runSettingId;
        private String name;
        private String outputUri;
        private Integer priority;
        private JsonNode parameters;
        private String outputBucketOwnerId;
        private Map<String, String> runTags;
        private Map<String, JsonNode> unknownMembers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Unique id of this run within the batch (required). */
        public Builder runSettingId(String value) {
            this.runSettingId = value;
            return this;
        }

        /** Run name, replacing the default's. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Output location, replacing the default's. */
        public Builder outputUri(String value) {
            this.outputUri = value;
            return this;
        }

        /** Priority, replacing the default's. */
        public Builder priority(Integer value) {
            this.priority = value;
            return this;
        }

        /** Parameters merged over the default's (this run's keys win). */
        public Builder parameters(JsonNode value) {
            this.parameters = value;
            return this;
        }

        /** Expected output bucket owner, replacing the default's. */
        public Builder outputBucketOwnerId(String value) {
            this.outputBucketOwnerId = value;
            return this;
        }

        /** Tags merged over the default's (this run's keys win). */
        public Builder runTags(Map<String, String> value) {
            this.runTags = value;
            return this;
        }

        public Builder unknownMembers(Map<String, JsonNode> value) {
            this.unknownMembers = value == null ? new LinkedHashMap<>() : new LinkedHashMap<>(value);
            return this;
        }

        public InlineSetting build() {
            return new InlineSetting(runSettingId, name, outputUri, priority, parameters, outputBucketOwnerId, runTags, unknownMembers);
        }
    }
}
