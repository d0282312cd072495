package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;

/** Checks of one run: its own members as written, then the merged result. */
final class RunChecks {

    private RunChecks() {
    }

    static void ownMembers(InlineSetting run, ProblemSink sink) {
        if (run.runSettingId() == null) {
            sink.error("runSettingId", "required: a unique id for this run within the batch");
        }
        sink.string("runSettingId", run.runSettingId(), ServiceLimits.RUN_SETTING_ID);
        sink.string("name", run.name(), ServiceLimits.RUN_NAME);
        sink.string("outputUri", run.outputUri(), ServiceLimits.RUN_OUTPUT_URI);
        sink.s3Uri("outputUri", run.outputUri());
        sink.range("priority", run.priority(), ServiceLimits.PRIORITY_MIN, ServiceLimits.PRIORITY_MAX);
        sink.string("outputBucketOwnerId", run.outputBucketOwnerId(), ServiceLimits.AWS_ACCOUNT_ID);
        parametersShape("parameters", run.parameters(), sink);
        if (run.parameters() != null && run.parameters().isObject()
                && !(run.parameters() instanceof ParameterFacts f && !f.mayHoldNull())) {
            nullOverrides(run.parameters(), sink);
        }
        if (run.runTags() != null) {
            run.runTags().forEach((key, value) -> sink.tag("runTags", key, value));
        }
        sink.unknownMembers("", run.unknownMembers(), "InlineSetting");
    }

    /** RunParameters is a JSON document; the service takes it as an object of named parameters. */
    static void parametersShape(String field, JsonNode parameters, ProblemSink sink) {
        if (parameters == null) {
            return;
        }
        if (parameters.isNull()) {
            sink.warning(field, "null: the service doc does not say what null does; it is sent as given");
        } else if (!parameters.isObject()) {
            sink.error(field, "must be a JSON object of parameter names and values, not a " + kind(parameters));
        }
    }

    private static void nullOverrides(JsonNode parameters, ProblemSink sink) {
        for (Map.Entry<String, JsonNode> e : parameters.properties()) {
            if (e.getValue().isNull()) {
                sink.warning("parameters." + e.getKey(),
                        "null: the service doc does not say whether null clears the default; it is sent as given");
            }
        }
    }

    /**
     * Checks that concern the merged run (StartRun needs an output location; parameters against the
     * template), answered as {@link RunMerger} would merge: the run's own value wins, parameters by key.
     */
    static void merged(DefaultRunSetting defaults, InlineSetting run, ParameterTemplate template, ProblemSink sink) {
        if (run.outputUri() == null && (defaults == null || defaults.outputUri() == null)) {
            sink.error("outputUri", "required for every run (StartRun needs it): set defaultRunSetting.outputUri or this run's outputUri");
        }
        if (template == null) {
            return;
        }
        JsonNode own = objectOrNull(run.parameters());
        JsonNode shared = defaults == null ? null : objectOrNull(defaults.parameters());
        for (String name : template.requiredNames()) {
            if ((own == null || !own.has(name)) && (shared == null || !shared.has(name))) {
                sink.error("parameters." + name, "required by the workflow and missing: set it in defaultRunSetting.parameters or in this run");
            }
        }
        forEachOwnName(shared, own, name -> unknownName("parameters.", name, template, sink));
    }

    /** {@link #localFiles} of the parameters the run itself gives, in merged order. */
    static void runLocalFiles(DefaultRunSetting defaults, InlineSetting run, Path draftFolder, ProblemSink sink) {
        JsonNode own = objectOrNull(run.parameters());
        if (own instanceof ParameterFacts f && !f.mayHoldLocalFile()) {
            return;
        }
        JsonNode shared = defaults == null ? null : objectOrNull(defaults.parameters());
        forEachOwnName(shared, own, name -> localFile("parameters." + name, own.get(name), draftFolder, sink));
    }

    /**
     * The names of the run's own parameters in the order of the merged object ({@link RunMerger}): a key
     * the defaults also have sits where the default put it, the run's other keys follow in the run's order.
     * Names only: a packed run's values are not decoded.
     */
    private static void forEachOwnName(JsonNode shared, JsonNode own, Consumer<String> action) {
        if (own == null) {
            return;
        }
        if (shared != null) {
            for (Iterator<String> it = shared.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (own.has(name)) {
                    action.accept(name);
                }
            }
        }
        for (Iterator<String> it = own.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (shared == null || !shared.has(name)) {
                action.accept(name);
            }
        }
    }

    private static JsonNode objectOrNull(JsonNode node) {
        return node != null && node.isObject() ? node : null;
    }

    /** @param fieldPrefix the field's path before the name (the path is made only for a warning) */
    static void unknownName(String fieldPrefix, String name, ParameterTemplate template, ProblemSink sink) {
        if (!template.knows(name)) {
            String hint = template.closestTo(name).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            sink.warning(fieldPrefix + name, "not a parameter of this workflow" + hint + "; the service may refuse the run");
        }
    }

    /**
     * Warns about each {@code file:} value among the given parameters, at any depth (submission uploads
     * nested ones too, e.g. inside {@code fastq_pairs}); an error when the file is missing.
     */
    static void localFiles(String fieldPrefix, JsonNode params, Path draftFolder, ProblemSink sink) {
        if (params == null || !params.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : params.properties()) {
            localFile(fieldPrefix + e.getKey(), e.getValue(), draftFolder, sink);
        }
    }

    private static void localFile(String field, JsonNode value, Path draftFolder, ProblemSink sink) {
        if (value.isContainerNode()) {
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    localFile(field + "[" + i + "]", value.get(i), draftFolder, sink);
                }
            } else {
                value.properties().forEach(e -> localFile(field + "." + e.getKey(), e.getValue(), draftFolder, sink));
            }
            return;
        }
        if (!LocalFiles.isLocalFile(value)) {
            return;
        }
        try {
            Path file = LocalFiles.resolve(value.textValue(), draftFolder);
            if (draftFolder != null && !Files.isRegularFile(file)) {
                sink.error(field, "local file not found: " + file);
            } else {
                sink.warning(field, "local file " + file + " will be uploaded to the settings location and replaced by its s3:// URI");
            }
        } catch (InvalidPathException ex) {
            sink.error(field, StringRule.quote(value.textValue()) + " is not a file path on this computer");
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "list";
            case STRING -> "text";
            case NUMBER -> "number";
            case BOOLEAN -> "true/false";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
