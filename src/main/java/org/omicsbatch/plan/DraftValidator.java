package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.task.Progress;

/**
 * Everything the service would refuse about a draft, found before anything is sent: the service
 * model's required members, enums, ranges, lengths and patterns, the documented batch rules, and the
 * workflow's parameter template. One pass over the runs (duplicate ids through a hash map), so
 * 100,000 runs take time in proportion.
 */
public final class DraftValidator {

    private DraftValidator() {
    }

    /** Validates with no local-file existence check and no progress. */
    public static List<Problem> validate(BatchDraft draft, JsonNode parameterTemplateOrNull) {
        return validate(draft, parameterTemplateOrNull, null, Progress.NONE);
    }

    /**
     * @param parameterTemplateOrNull a GetWorkflow reply or its {@code parameterTemplate}, or null
     * @param draftFolder             folder of the draft file, for {@code file:} values; null skips the existence check
     * @throws Progress.Cancelled     when the progress reports a cancel
     */
    public static List<Problem> validate(BatchDraft draft, JsonNode parameterTemplateOrNull, Path draftFolder,
            Progress progress) {
        List<Problem> problems = new ArrayList<>();
        ProblemSink batch = ProblemSink.batch(problems);
        BatchChecks.check(draft, batch);
        ParameterTemplate template = template(parameterTemplateOrNull, batch);
        if (draft.defaultRunSetting() != null) {
            defaultParameters(draft, template, draftFolder, batch);
        }
        runs(draft, template, draftFolder, progress, problems);
        settingsFileSize(draft, ServiceLimits.SETTINGS_FILE_MAX_BYTES, progress, batch);
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private static ParameterTemplate template(JsonNode json, ProblemSink batch) {
        if (json == null) {
            return null;
        }
        try {
            return ParameterTemplate.from(json);
        } catch (IllegalArgumentException e) {
            batch.error("workflow", e.getMessage());
            return null;
        }
    }

    private static void defaultParameters(BatchDraft draft, ParameterTemplate template, Path folder, ProblemSink batch) {
        JsonNode params = draft.defaultRunSetting().parameters();
        if (template != null && params != null && params.isObject()) {
            params.fieldNames().forEachRemaining(
                    name -> RunChecks.unknownName("defaultRunSetting.parameters.", name, template, batch));
        }
        RunChecks.localFiles("defaultRunSetting.parameters.", params, folder, batch);
    }

    /**
     * One pass over the runs. The checks that concern the merged run are answered from the run and the
     * defaults directly (see {@link RunChecks#merged}) rather than by building each merged run, which
     * for 100,000 runs was a new parameter tree and three maps per run, all thrown away at once.
     */
    private static void runs(BatchDraft draft, ParameterTemplate template, Path folder, Progress progress,
            List<Problem> problems) {
        List<InlineSetting> runs = draft.runs();
        IdIndex ids = new IdIndex(i -> runs.get(i).runSettingId());
        DefaultRunSetting defaults = draft.defaultRunSetting();
        for (int i = 0; i < runs.size(); i++) {
            if (i % 1000 == 0) {
                progress.checkCancelled();
                progress.update(i, runs.size(), "Checking run settings");
            }
            InlineSetting run = runs.get(i);
            ProblemSink sink = new ProblemSink(problems, i, run.runSettingId());
            RunChecks.ownMembers(run, sink);
            if (run.runSettingId() != null) {
                int first = ids.addIfAbsent(run.runSettingId(), i);
                if (first >= 0) {
                    sink.error("runSettingId", "\"" + run.runSettingId() + "\" is also the id of run #" + first
                            + ": each runSettingId must be unique in the batch");
                }
            }
            RunChecks.merged(defaults, run, template, sink);
            RunChecks.runLocalFiles(defaults, run, folder, sink);
        }
        progress.update(runs.size(), runs.size(), "Checked run settings");
    }

    /** Estimated from the rendered size (the file is streamed to a counter, not kept). */
    static void settingsFileSize(BatchDraft draft, long maxBytes, Progress progress, ProblemSink batch) {
        if (draft.runs().size() <= ServiceLimits.INLINE_MAX) {
            return;
        }
        if (SettingsSizeBound.of(draft.runs()) <= maxBytes) {
            return; // surely small enough: the exact count would serialise every run once more for nothing
        }
        long bytes;
        try {
            bytes = SettingsFileWriter.size(draft.runs(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes > maxBytes) {
            batch.error("batchRunSettings.inlineSettings", "the settings file would be " + bytes
                    + " bytes, more than the service's limit of " + maxBytes + " bytes (6 GB): split the runs into several batches");
        }
    }
}
