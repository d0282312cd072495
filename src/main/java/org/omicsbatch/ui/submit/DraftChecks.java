package org.omicsbatch.ui.submit;

import java.nio.file.Path;
import java.util.List;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.PreflightFinding;
import org.omicsbatch.task.Progress;

/**
 * The two checks before anything is journaled or uploaded, each its own stage: the draft against the
 * service's rules (the core's validator) and the inputs the runs read (the core's preflight).
 */
final class DraftChecks {
    private static final int LINES_SHOWN = 1000;

    private DraftChecks() {
    }

    static void run(Path draftFile, Preflight preflight, StageListener listener, Progress progress) {
        listener.started(Stage.VALIDATE);
        BatchDraft draft;
        try {
            draft = DraftFiles.read(draftFile);
        } catch (DraftFileException e) {
            throw new SubmitProblem(Stage.VALIDATE, e.getMessage(), List.of());
        }
        Path folder = draftFile.toAbsolutePath().getParent();
        List<Problem> problems = DraftValidator.validate(draft, draft.appOrEmpty().workflow(), folder,
                relay(Stage.VALIDATE, listener, progress));
        List<String> errors = problems.stream().filter(Problem::isError).map(p -> p.format("draft"))
                .limit(LINES_SHOWN).toList();
        if (!errors.isEmpty()) {
            throw new SubmitProblem(Stage.VALIDATE, problems.stream().filter(Problem::isError).count()
                    + " problems in the draft", errors);
        }
        long warnings = problems.size() - problems.stream().filter(Problem::isError).count();
        listener.finished(Stage.VALIDATE, draft.runs().size() + " runs, no errors"
                + (warnings == 0 ? "" : ", " + warnings + " warnings"));
        if (preflight == null) {
            listener.skipped(Stage.PREFLIGHT, "Not checked here: use \"Check inputs\" in Review");
            return;
        }
        listener.started(Stage.PREFLIGHT);
        List<PreflightFinding> findings = preflight.check(draft, relay(Stage.PREFLIGHT, listener, progress));
        List<String> found = findings.stream().filter(PreflightFinding::isError).map(PreflightFinding::format)
                .limit(LINES_SHOWN).toList();
        if (!found.isEmpty()) {
            throw new SubmitProblem(Stage.PREFLIGHT, found.size() + " inputs or outputs the runs need are missing"
                    + " or out of reach", found);
        }
        listener.finished(Stage.PREFLIGHT, findings.isEmpty() ? "Every input exists"
                : "Every input that could be checked exists (" + findings.size() + " warnings)");
    }

    private static Progress relay(Stage stage, StageListener listener, Progress outer) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                listener.progress(stage, done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}
