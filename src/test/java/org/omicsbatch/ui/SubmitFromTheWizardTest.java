package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.Batch;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.SubmissionSummary;
import org.omicsbatch.sandbox.S3Store;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.ui.components.StackedCountBar;
import org.omicsbatch.ui.monitor.MonitorView;
import org.omicsbatch.ui.monitor.MonitorViewModel;
import org.omicsbatch.ui.submit.SubmitView;

/**
 * From Review's Submit to the monitor, in the app against a sandbox where 10% of runs fail: the
 * submit window shows each stage, the batches window opens on the new batch, and its counters reach
 * their final values. Double-clicking Submit makes exactly one batch.
 */
class SubmitFromTheWizardTest {
    private static final int RUNS = 40;
    @TempDir
    Path home;
    private SandboxApp app;

    @BeforeEach
    void openTheApp() throws Exception {
        app = new SandboxApp(home, SandboxOptions.defaults().withSpeed(40).withStartRate(100)
                .withRunFailureRate(0.1).withSeed(7)).open();
    }

    @AfterEach
    void closeTheApp() {
        app.close();
    }

    @Test
    void submitsFromReviewOnceAndTheMonitorFollowsTheBatchToItsFinalCounts() throws Exception {
        List<String> samples = walkToReviewWith(app, RUNS);

        app.robot.doubleClickOn("#review-submit");
        SandboxApp.waitUntil(10, () -> submitViews().size() >= 1);
        assertThat(submitViews()).as("a double click opens one submit window").hasSize(1);
        SubmitView submit = submitViews().get(0);
        List<String> shown = recordStageTexts(submit);

        app.robot.clickOn(app.robot.from(submit).lookup("#submitButton").queryButton());
        app.robot.clickOn(app.robot.from(submit).lookup("#submitButton").queryButton());
        SandboxApp.waitUntil(60, () -> monitorView() != null);
        assertThat(app.context.connectionProperty().get().session().batches().listBatch(ListBatchRequest.all()).items())
                .as("ListBatch over HTTP: one batch for a double click on each Submit").hasSize(1);
        assertThat(shown).contains(RUNS + " runs, no errors", "Every input exists");
        assertThat(submitViews()).as("the submit window closes once the batch is PENDING").isEmpty();
        assertThat(stageIcons(submit)).as("validate, check inputs, upload (nothing to upload: skipped), start,"
                + " CREATING, PENDING").containsExactly(DONE, DONE, SKIPPED, DONE, DONE, DONE);

        MonitorViewModel monitor = monitorView().viewModel();
        SandboxApp.waitUntil(60, () -> monitor.statusProperty().get() == BatchStatus.PROCESSED
                && monitor.rows().size() == RUNS && monitor.countsFinalProperty().get());
        Batch batch = app.onFx(() -> monitor.batchProperty().get());
        assertThat(batch.name()).isEqualTo("fastqc-cohort");
        SubmissionSummary s = batch.submissionSummary();
        assertThat(s.successfulStartSubmissionCount()).isEqualTo(RUNS);
        assertThat(s.pendingStartSubmissionCount()).isZero();
        int failed = batch.runSummary().failedRunCount();
        assertThat(failed).as("10% of the runs fail in this sandbox").isBetween(1, RUNS / 4);
        assertThat(batch.runSummary().completedRunCount() + failed).isEqualTo(RUNS);
        StackedCountBar runChart = app.robot.from(monitorView()).lookup("#runChart").queryAs(StackedCountBar.class);
        assertThat(app.onFx(() -> runChart.countOf("FAILED"))).isEqualTo((long) failed);
        assertThat(app.onFx(() -> runChart.countOf("COMPLETED"))).isEqualTo((long) RUNS - failed);
        assertThat(app.onFx(() -> monitor.rows().stream().filter(r -> r.failed()).map(r -> r.runSettingId()).toList()))
                .hasSize(failed).allSatisfy(id -> assertThat(samples).contains(id));
    }

    /**
     * Steps 1–4, then the runs pasted from a spreadsheet (ids, then each run's sheet), with every
     * input present in the sandbox's S3 as in a real account. Returns the runSettingIds.
     */
    static List<String> walkToReviewWith(SandboxApp app, int runs) throws Exception {
        app.connectToTheSandbox();
        app.pickFastqc();
        app.fillRunDefaults();
        app.fillSharedParameters();
        List<String> samples = terraSamples(runs);
        putInputs(app.connector.server().backend().s3(), samples);
        app.robot.interact(() -> app.context.draftState().update(d -> d.withBatchName("fastqc-cohort")));
        app.pasteAt(0, "runSettingId", String.join("\n", samples));
        SandboxApp.waitUntil(10, () -> app.runsAndReview().runs().runCountProperty().get() == runs);
        app.pasteAt(0, "param:input", String.join("\n", samples.stream().map(WholeWizardTest::sheetOf).toList()));
        app.nextToReview();
        assertThat(app.onFx(() -> app.runsAndReview().review().problems().stream().filter(p -> p.isError())
                .map(p -> p.format("draft")).toList())).isEmpty();
        return samples;
    }

    /** The first sample ids of a real Terra load file. */
    static List<String> terraSamples(int count) throws Exception {
        Path file = Path.of(SubmitFromTheWizardTest.class.getResource(
                "/samplesheets/broadinstitute-fiss_firecloud_tests_samples.tsv").toURI());
        return Files.readAllLines(file).stream().skip(1).limit(count).map(l -> l.split("\t")[0]).toList();
    }

    private static void putInputs(S3Store s3, List<String> samples) {
        Instant now = Instant.now();
        s3.createBucket("omics-sandbox-data", now);
        s3.createBucket("omics-sandbox-results", now);
        s3.put("omics-sandbox-data", "reference/GRCh38.fasta", ">chr1\nACGT\n".getBytes(StandardCharsets.UTF_8),
                "text/plain", Map.of(), now);
        for (String sample : samples) {
            s3.put("omics-sandbox-data", "samplesheets/" + sample + ".csv", ("sample,fastq_1\n" + sample
                    + ",s3://omics-sandbox-data/fastq/" + sample + ".fastq.gz\n").getBytes(StandardCharsets.UTF_8),
                    "text/csv", Map.of(), now);
        }
    }

    private static final Ikon DONE = Material2AL.CHECK_CIRCLE;
    private static final Ikon SKIPPED = Material2AL.CHECK_CIRCLE_OUTLINE;

    /** The icon each stage line shows, top to bottom. */
    private List<Ikon> stageIcons(SubmitView view) {
        return app.onFx(() -> app.robot.from(view).lookup((Node n) -> n instanceof GridPane).queryAll().stream()
                .flatMap(grid -> ((GridPane) grid).getChildren().stream()).filter(FontIcon.class::isInstance)
                .map(icon -> ((FontIcon) icon).getIconCode()).toList());
    }

    private List<SubmitView> submitViews() {
        return app.findAll(SubmitView.class);
    }

    private MonitorView monitorView() {
        return app.find(MonitorView.class);
    }

    /** Every text the stage lines show, as they change (the window closes when the batch is PENDING). */
    private List<String> recordStageTexts(SubmitView view) {
        List<String> seen = new CopyOnWriteArrayList<>();
        app.robot.interact(() -> {
            for (Node n : app.robot.from(view).lookup(".muted-note").queryAll()) {
                ((Label) n).textProperty().addListener((o, old, now) -> seen.add(now));
            }
        });
        return seen;
    }
}
