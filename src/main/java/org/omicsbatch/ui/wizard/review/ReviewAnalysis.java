package org.omicsbatch.ui.wizard.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.plan.LocalFiles;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.ProblemKind;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.plan.SettingsFileWriter;
import org.omicsbatch.task.Progress;
import org.omicsbatch.ui.components.runs.CellProblem;

/**
 * Everything the Review step shows about one state of the draft, computed off the FX thread in one go:
 * the problems, the parameter and tag columns of the merged runs, whether the runs travel inline or
 * in a settings file, and the request as it would be sent.
 *
 * @param draft             the draft analysed (immutable)
 * @param problems          the runs table's unusable cells, then the validator's problems
 * @param problemKinds      the problems, those alike in many runs once ({@link ProblemKind})
 * @param parameterNames    every parameter any run gets (defaults, runs, template), in first-seen order
 * @param tagNames          every run tag key any run gets
 * @param settingsFile      true when the runs go to an S3 settings file rather than inline
 * @param settingsFileBytes the settings file's size, or -1 when the runs go inline
 * @param requestJson       the request as JSON; with a settings file, followed by the file's first runs
 */
public record ReviewAnalysis(BatchDraft draft, List<Problem> problems, List<ProblemKind> problemKinds,
        List<String> parameterNames,
        List<String> tagNames, boolean settingsFile, long settingsFileBytes, String requestJson) {

    /** How many runs of a settings file the request preview shows. */
    static final int PREVIEWED_FILE_RUNS = 3;

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** Analyses the draft; throws {@link Progress.Cancelled} when cancelled. */
    static ReviewAnalysis of(BatchDraft draft, JsonNode template, Path draftFolder, List<CellProblem> cellProblems,
            Progress progress) {
        List<Problem> problems = new ArrayList<>();
        for (CellProblem cell : cellProblems) {
            InlineSetting run = cell.row() < draft.runs().size() ? draft.runs().get(cell.row()) : null;
            problems.add(Problem.runError(cell.row(), run == null ? null : run.runSettingId(),
                    ReviewColumns.fieldPath(cell.columnKey()), cell.message()));
        }
        problems.addAll(DraftValidator.validate(draft, template, draftFolder, progress));
        SettingsFileMode mode = mode(draft, problems);
        boolean file = RequestRenderer.usesSettingsFile(draft, mode);
        if (file && settingsObjectUri(draft) == null) {
            problems.add(Problem.batchError(BatchDraft.APP_MEMBER + ".settingsUri", draft.runs().size()
                    + " runs travel in a settings file in S3: set where it goes (an s3://bucket/prefix/ location)"));
        } else if (settingsObjectUri(draft) == null) {
            long local = draft.runs().stream().filter(r -> LocalFiles.anyIn(r.parameters())).count();
            if (local > 0 || LocalFiles.anyIn(draft.defaultRunSetting().parameters())) {
                // The submission uploads them there first and refuses without it: say so before Submit.
                problems.add(Problem.batchError(BatchDraft.APP_MEMBER + ".settingsUri", (local == 1 ? "1 run has"
                        : local + " runs have") + " local files (file: values, such as each run's own sample sheet)"
                        + " to upload: set the upload location in Run defaults (an s3://bucket/prefix/ folder)"));
            }
        }
        long bytes = -1;
        try {
            bytes = file ? SettingsFileWriter.size(draft.runs(), progress) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> parameters = new LinkedHashSet<>(ReviewColumns.names(template));
        Set<String> tags = new LinkedHashSet<>();
        ReviewColumns.collect(draft, parameters, tags);
        return new ReviewAnalysis(draft, List.copyOf(problems), ProblemKind.of(problems), List.copyOf(parameters),
                List.copyOf(tags), file, bytes,
                requestJson(draft, mode, file));
    }

    static SettingsFileMode mode(BatchDraft draft, List<Problem> problems) {
        try {
            return SettingsFileMode.parse(draft.appOrEmpty().settingsFile());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.batchError(BatchDraft.APP_MEMBER + ".settingsFile", e.getMessage()));
            return SettingsFileMode.AUTO;
        }
    }

    /** Where the settings file goes, or null when no valid location is set. */
    static String settingsObjectUri(BatchDraft draft) {
        try {
            return RequestRenderer.settingsObjectUri(draft.appOrEmpty().settingsUri());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String requestJson(BatchDraft draft, SettingsFileMode mode, boolean file) {
        String uri = settingsObjectUri(draft);
        StartRunBatchRequest request = RequestRenderer.request(draft, mode,
                uri == null ? "s3://<settings location not set>/" + RequestRenderer.SETTINGS_FILE_NAME : uri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RequestRenderer.writeRequest(request, out);
            if (file) {
                int shown = Math.min(PREVIEWED_FILE_RUNS, draft.runs().size());
                out.write(("\n\n// " + RequestRenderer.SETTINGS_FILE_NAME + ": the first " + shown + " of "
                        + draft.runs().size() + " runs\n").getBytes(StandardCharsets.UTF_8));
                SettingsFileWriter.write(draft.runs().subList(0, shown).stream().map(RequestRenderer::forRequest).toList(),
                        out, Progress.NONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
