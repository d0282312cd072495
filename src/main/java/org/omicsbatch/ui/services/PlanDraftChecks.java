package org.omicsbatch.ui.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.Problem;

/**
 * The form steps' checks: the core's {@link DraftValidator} on the batch-level part of the draft. The
 * runs are left out here because the forms check on every keystroke; the Review step validates every
 * run in the background.
 */
public final class PlanDraftChecks implements DraftChecks {

    @Override
    public List<FieldIssue> check(BatchDraft draft, JsonNode parameterTemplateOrNull) {
        return DraftValidator.validate(draft.withRuns(List.of()), parameterTemplateOrNull).stream()
                .filter(problem -> !problem.isRunLevel())
                .map(PlanDraftChecks::issue)
                .toList();
    }

    private static FieldIssue issue(Problem problem) {
        return new FieldIssue(problem.field(), problem.isError(), problem.message());
    }
}
