package org.omicsbatch.ui.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.PreflightFinding;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/** "Check inputs" against the embedded sandbox: missing s3:// inputs are listed with their runs and block submit. */
class ReviewInputsCheckTest {
    private SandboxServer sandbox;
    private AwsSession session;
    private DraftState state;
    private ReviewViewModel review;

    @BeforeEach
    void reviewAFastqcBatchOnTheSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
        session = AwsSession.open(ConnectionSettings.sandbox(sandbox.endpoint()));
        state = new DraftState();
        DefaultRunSetting defaults = DefaultRunSetting.builder().workflowId("9000002").workflowType("PRIVATE")
                .roleArn("arn:aws:iam::123456789012:role/OmicsWorkflowRun").outputUri("s3://lab-bucket/results/")
                .parameters(JsonNodeFactory.instance.objectNode().put("fasta", "s3://lab-reference/GRCh38/genome.fa")
                        .put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com"))
                .build();
        List<InlineSetting> runs = new ArrayList<>();
        for (String sample : List.of("WT_REP1", "WT_REP2")) {
            runs.add(InlineSetting.builder().runSettingId(sample).parameters(JsonNodeFactory.instance.objectNode()
                    .put("input", "s3://lab-bucket/sheets/" + sample + ".csv")).build());
        }
        state.update(d -> d.withBatchName("fastqc").withDefaultRunSetting(defaults).withRuns(runs));
        review = new ReviewViewModel(state, new DirectTaskExecutor());
        review.onSubmitProperty().set(pilot -> { });
    }

    @AfterEach
    void stop() {
        session.close();
        sandbox.close();
    }

    @Test
    void withoutAConnectionItSaysToConnectFirst() {
        review.checkInputs();
        assertThat(review.statusProperty().get()).startsWith("Connect first");
        assertThat(review.inputFindings()).isEmpty();
    }

    @Test
    void missingInputsAreListedWithTheirRunsAndBlockSubmit() {
        review.setPreflight(() -> new Preflight(session.catalog(), session.s3(), 4));
        review.refresh();
        assertThat(review.canSubmitBinding().get()).isTrue();
        review.checkInputs();
        assertThat(review.inputFindings()).filteredOn(PreflightFinding::isError)
                .anySatisfy(f -> {
                    assertThat(f.subject()).isEqualTo("s3://lab-bucket/sheets/WT_REP1.csv");
                    assertThat(f.runSettingIds()).containsExactly("WT_REP1");
                });
        assertThat(review.statusProperty().get()).startsWith("Inputs checked: ");
        assertThat(review.canSubmitBinding().get()).isFalse();
    }
}
