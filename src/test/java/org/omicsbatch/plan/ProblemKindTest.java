package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem alike in many runs is listed once with its count; others keep their place and stay apart. */
class ProblemKindTest {

    @Test
    void aProblemAlikeInEveryRunIsOneKindCountingThemInTheOrderItFirstCame() {
        Problem missingA = Problem.runError(0, "S1", "parameters.ecr_registry", "required by the workflow and missing");
        Problem localFile = Problem.runWarning(0, "S1", "parameters.input", "local file S1.csv: uploaded when you submit");
        Problem missingB = Problem.runError(1, "S2", "parameters.ecr_registry", "required by the workflow and missing");
        Problem otherFile = Problem.runWarning(1, "S2", "parameters.input", "local file S2.csv: uploaded when you submit");
        Problem batch = Problem.batchError("defaultRunSetting.roleArn", "required");
        Problem sameBatch = Problem.batchError("defaultRunSetting.roleArn", "required");

        List<ProblemKind> kinds = ProblemKind.of(List.of(missingA, localFile, missingB, otherFile, batch, sameBatch));

        assertThat(kinds).extracting(ProblemKind::first).containsExactly(missingA, localFile, otherFile, batch, sameBatch);
        assertThat(kinds).extracting(ProblemKind::count).containsExactly(2, 1, 1, 1, 1);
        assertThat(kinds.get(0).others()).isEqualTo(1);
    }

    @Test
    void theSameFieldAndMessageAsAWarningIsAnotherKind() {
        Problem error = Problem.runError(0, "S1", "priority", "out of range");
        Problem warning = Problem.runWarning(1, "S2", "priority", "out of range");

        assertThat(ProblemKind.of(List.of(error, warning))).extracting(ProblemKind::count).containsExactly(1, 1);
    }
}
