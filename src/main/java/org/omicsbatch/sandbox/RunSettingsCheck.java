package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/**
 * The asynchronous per-run validation of a batch (while it is PENDING): each run setting merged
 * with the defaults must be startable. A run that is not becomes a FAILED submission; the others
 * still start. The failure reason is the error the run's StartRun would have met (the service's
 * "run-level failure table" is not part of the model, so the error type is the honest category).
 */
final class RunSettingsCheck {
    /** Why one run cannot start: {@code reason} is a short category, {@code message} says what to fix. */
    record Failure(String reason, String message) {
    }

    private RunSettingsCheck() {
    }

    /** Checks every queued entry of a batch, failing duplicates of an earlier runSettingId too. */
    static void checkAll(BatchState b, JsonNode template) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < b.entries.size(); i++) {
            RunEntry e = b.entries.get(i);
            if (e.phase != RunEntry.Phase.QUEUED) {
                continue;
            }
            Optional<Failure> failure = e.runSettingId == null ? Optional.empty()
                    : Optional.ofNullable(seen.get(e.runSettingId)).map(first -> new Failure("ValidationException",
                            "runSettingId '" + e.runSettingId + "' is not unique: run setting " + (first + 1)
                                    + " already uses it"));
            if (e.runSettingId != null) {
                seen.putIfAbsent(e.runSettingId, i);
            }
            if (failure.isEmpty()) {
                failure = check(b.defaultRunSetting, e, template);
            }
            failure.ifPresent(f -> e.failStart(f.reason(), f.message()));
        }
    }

    static Optional<Failure> check(DefaultRunSetting defaults, RunEntry e, JsonNode template) {
        if (e.invalidSetting != null) {
            return Optional.of(new Failure("ValidationException", e.invalidSetting));
        }
        InlineSetting run = e.setting;
        String outputUri = run.outputUri() != null ? run.outputUri() : defaults.outputUri();
        if (outputUri == null) {
            return Optional.of(new Failure("ValidationException",
                    "outputUri is required: set it in defaultRunSetting or in this run setting"));
        }
        if (!outputUri.startsWith("s3://")) {
            return Optional.of(new Failure("ValidationException", "outputUri must begin with s3://, was " + outputUri));
        }
        String owner = run.outputBucketOwnerId() != null ? run.outputBucketOwnerId() : defaults.outputBucketOwnerId();
        if (owner != null && !owner.equals(SandboxOptions.ACCOUNT_ID)) {
            return Optional.of(new Failure("AccessDeniedException", "The output bucket of " + outputUri
                    + " is not owned by the expected account " + owner));
        }
        JsonNode parameters = merged(defaults.parameters(), run.parameters());
        if (!parameters.isObject()) {
            return Optional.of(new Failure("ValidationException", "parameters must be a JSON object"));
        }
        return template == null ? Optional.empty() : againstTemplate(parameters, template);
    }

    /**
     * A template entry without {@code "optional"} is required: HealthOmics treats parameters as
     * required unless the template marks them optional. Parameters the template does not declare
     * are refused, as StartRun refuses them.
     */
    private static Optional<Failure> againstTemplate(JsonNode parameters, JsonNode template) {
        List<String> missing = new ArrayList<>();
        template.fields().forEachRemaining(p -> {
            boolean optional = p.getValue().path("optional").asBoolean(false);
            JsonNode v = parameters.get(p.getKey());
            if (!optional && (v == null || v.isNull())) {
                missing.add(p.getKey());
            }
        });
        if (!missing.isEmpty()) {
            return Optional.of(new Failure("ValidationException",
                    "Missing required parameter(s) of the workflow's parameter template: " + String.join(", ", missing)));
        }
        List<String> unknown = new ArrayList<>();
        parameters.fieldNames().forEachRemaining(name -> {
            if (!template.has(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            return Optional.of(new Failure("ValidationException",
                    "Parameter(s) not in the workflow's parameter template: " + String.join(", ", unknown)));
        }
        return Optional.empty();
    }

    /** The run's parameters merged shallowly over the defaults (the run's keys win), as the service merges. */
    static JsonNode merged(JsonNode defaults, JsonNode run) {
        if (run != null && !run.isNull() && !run.isObject()) {
            return run;
        }
        if (defaults != null && !defaults.isNull() && !defaults.isObject()) {
            return defaults;
        }
        ObjectNode out = Json.mapper().createObjectNode();
        if (defaults != null && defaults.isObject()) {
            out.setAll((ObjectNode) defaults.deepCopy());
        }
        if (run != null && run.isObject()) {
            out.setAll((ObjectNode) run.deepCopy());
        }
        return out;
    }
}
