package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.RunRow;
import org.omicsbatch.submit.Submission;
import org.omicsbatch.ui.history.JournalAdapter;
import org.omicsbatch.ui.history.LocalSubmission;
import org.omicsbatch.ui.monitor.MonitorView;
import org.omicsbatch.ui.monitor.MonitorViewModel;
import org.omicsbatch.ui.submit.SubmitView;

/**
 * The whole app closes while its batch runs and starts again on the same app folder: once connected
 * to the sandbox again (which kept its state, as the app's does), the batches window reopens on its
 * own with the batch's monitor, which follows it to the end. Only the journal links the two sessions,
 * and only the batches submitted on the connection now open come back (not an AWS account's).
 */
class ReopenTheAppMidBatchTest {
    private static final int RUNS = 15;
    @TempDir
    Path home;
    private SandboxApp app;

    @AfterEach
    void closeTheApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theMonitorResumesFromTheJournalAfterTheAppIsClosedAndOpenedAgain() throws Exception {
        SandboxOptions sandbox = SandboxOptions.defaults().withSpeed(5).withStartRate(5).withRunFailureRate(0.1)
                .withSeed(11).withStateDir(home.resolve("sandbox"));
        app = new SandboxApp(home, sandbox).open();
        SubmitFromTheWizardTest.walkToReviewWith(app, RUNS);
        app.robot.clickOn("#review-submit");
        SandboxApp.waitUntil(10, () -> app.find(SubmitView.class) != null);
        app.robot.clickOn(app.robot.from(app.find(SubmitView.class)).lookup("#submitButton").queryButton());
        SandboxApp.waitUntil(60, () -> app.find(MonitorView.class) != null);
        MonitorViewModel first = app.find(MonitorView.class).viewModel();
        String batchId = first.batchId();
        SandboxApp.waitUntil(30, () -> first.statusProperty().get() == BatchStatus.INPROGRESS);

        app.close();
        app = null;
        JournalAdapter journal = new JournalAdapter(new Journal(home.resolve("journal")));
        assertThat(journal.submissions()).singleElement().satisfies(s -> {
            assertThat(s.batchId()).isEqualTo(batchId);
            assertThat(s.stillRunning()).as("closed mid-batch").isTrue();
        });
        assertThat(Window.getWindows().stream().filter(Window::isShowing)).as("nothing of the first session").isEmpty();
        journalASubmissionToAnAwsAccount();

        app = new SandboxApp(home, sandbox).open();
        assertThat(app.find(MonitorView.class)).as("no monitor before connecting").isNull();
        app.robot.clickOn("#mode-sandbox");
        app.robot.clickOn("#connect");
        SandboxApp.waitUntil(30, () -> app.find(MonitorView.class) != null);
        MonitorViewModel resumed = app.find(MonitorView.class).viewModel();
        assertThat(resumed.batchId()).isEqualTo(batchId);
        assertThat(resumed.context().draftFile()).as("the draft it was submitted from").isNotNull();
        SandboxApp.waitUntil(60, () -> resumed.statusProperty().get() == BatchStatus.PROCESSED
                && resumed.rows().size() == RUNS && resumed.countsFinalProperty().get());
        var batch = app.onFx(() -> resumed.batchProperty().get());
        assertThat(batch.runSummary().completedRunCount() + batch.runSummary().failedRunCount()).isEqualTo(RUNS);
        assertThat(app.onFx(() -> resumed.rows().stream().filter(RunRow::failed).map(RunRow::failureReason)
                .distinct().toList())).isIn(List.of(), List.of("SIMULATED_TASK_FAILURE"));
        assertThat(app.findAll(MonitorView.class)).as("the AWS account's batch is not asked of the sandbox").hasSize(1);
        SandboxApp.waitUntil(10, () -> sandboxBatch(journal, batchId).lastStatus() == BatchStatus.PROCESSED);
        assertThat(sandboxBatch(journal, batchId).stillRunning()).isFalse();
    }

    private static LocalSubmission sandboxBatch(JournalAdapter journal, String batchId) {
        return journal.submissions().stream().filter(s -> batchId.equals(s.batchId())).findFirst().orElseThrow();
    }

    /** A batch this machine sent to an AWS account (profile, region, no endpoint), still running when last seen. */
    private void journalASubmissionToAnAwsAccount() {
        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        new Journal(home.resolve("journal")).save(new Submission("aws-1", "aws-request-1", Submission.Step.SENT, t, t,
                null, null, "wgs-cohort", "research", "eu-west-1", null, List.of("NA12878"), Map.of(), null, null,
                "7364512", "arn:aws:omics:eu-west-1:123456789012:runBatch/7364512", BatchStatus.INPROGRESS, t, false,
                false, null));
    }
}
