package org.omicsbatch.ui.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.Provenance;
import org.omicsbatch.ui.components.runs.CellProblem;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

class ReviewViewModelTest {
    private DraftState state;
    private ReviewViewModel review;
    private final List<CellProblem> tableProblems = new ArrayList<>();

    static DefaultRunSetting defaults() {
        return DefaultRunSetting.builder().workflowId("1234567").roleArn("arn:aws:iam::123456789012:role/OmicsWorkflowRole")
                .outputUri("s3://lab-results/rnaseq/").name("rnaseq").priority(10).storageType("STATIC").storageCapacity(1200)
                .parameters(JsonNodeFactory.instance.objectNode().put("strandedness", "auto"))
                .runTags(Map.of("project", "GSE110004")).build();
    }

    static InlineSetting run(String id, String fastq) {
        return InlineSetting.builder().runSettingId(id)
                .parameters(JsonNodeFactory.instance.objectNode().put("fastq_1", fastq)).build();
    }

    @BeforeEach
    void aDraftOfTwoRuns() {
        state = new DraftState();
        state.update(d -> d.withBatchName("rnaseq-batch").withDefaultRunSetting(defaults()).withRuns(List.of(
                run("WT_REP1", "s3://reads/SRR6357070_1.fastq.gz"),
                run("WT_REP2", "s3://reads/SRR6357072_1.fastq.gz").toBuilder().priority(50).build())));
        review = new ReviewViewModel(state, new DirectTaskExecutor());
        review.setTableProblems(() -> tableProblems);
        review.onSubmitProperty().set(pilot -> { });
    }

    @Test
    void showsEachRunsMergedSettingsWithWhereTheyCameFrom() {
        review.refresh();
        var second = review.run(1);
        assertThat(ReviewColumns.value(second, "priority")).isEqualTo("50");
        assertThat(ReviewColumns.provenance(second, "priority")).isEqualTo(Provenance.RUN);
        assertThat(ReviewColumns.value(second, "name")).isEqualTo("rnaseq");
        assertThat(ReviewColumns.provenance(second, "name")).isEqualTo(Provenance.DEFAULT);
        assertThat(ReviewColumns.provenance(second, "param:fastq_1")).isEqualTo(Provenance.RUN);
        assertThat(ReviewColumns.provenance(second, "param:strandedness")).isEqualTo(Provenance.DEFAULT);
        assertThat(ReviewColumns.provenance(second, "tag:project")).isEqualTo(Provenance.DEFAULT);
        assertThat(review.analysisProperty().get().parameterNames()).containsExactly("strandedness", "fastq_1");
    }

    @Test
    void anOutputLocationMissingFromEveryRunIsListedOnceCountingTheRuns() {
        state.update(d -> d.withDefaultRunSetting(defaults().toBuilder().outputUri(null).build()));
        review.refresh();

        assertThat(review.problems().stream().filter(p -> p.field().equals("outputUri"))).hasSize(2);
        assertThat(review.problemKinds()).filteredOn(k -> k.first().field().equals("outputUri")).singleElement()
                .satisfies(k -> {
                    assertThat(k.count()).isEqualTo(2);
                    assertThat(ReviewView.describe(k)).startsWith("Run WT_REP1 (row 1) and 1 more run, outputUri: required");
                });
    }

    @Test
    void aCleanDraftCanBeSubmittedAndCountsItsRuns() {
        review.refresh();
        assertThat(review.problems()).noneMatch(Problem::isError);
        assertThat(review.canSubmitBinding().get()).isTrue();
        assertThat(review.countsText()).startsWith("2 runs, inline in the request · 0 errors");
        assertThat(review.scaleText()).isEqualTo("2 runs × 1200 GiB STATIC run storage = 2,400 GiB reserved while they run");
    }

    @Test
    void anyErrorDisablesSubmitAndAClickGoesToTheCell() {
        state.update(d -> d.withRuns(List.of(run("WT_REP1", "a"), run("WT_REP1", "b"))));
        List<String> visited = new ArrayList<>();
        review.setGoToRun((run, field) -> visited.add(run + " " + field));
        review.refresh();
        Problem duplicate = review.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(duplicate.field()).isEqualTo("runSettingId");
        assertThat(review.canSubmitBinding().get()).isFalse();
        review.goTo(duplicate);
        assertThat(visited).containsExactly("1 runSettingId");
    }

    @Test
    void unusableTableCellsAreErrorsToo() {
        tableProblems.add(new CellProblem(0, "priority", "\"high\" is not a whole number (0 to 100000)"));
        review.refresh();
        assertThat(review.problems().get(0)).isEqualTo(Problem.runError(0, "WT_REP1", "priority",
                "\"high\" is not a whole number (0 to 100000)"));
        assertThat(review.canSubmitBinding().get()).isFalse();
    }

    @Test
    void batchLevelProblemsGoToTheirStep() {
        state.update(d -> d.withDefaultRunSetting(defaults().toBuilder().roleArn(null).build()));
        List<String> fields = new ArrayList<>();
        review.setGoToBatchField(fields::add);
        review.refresh();
        review.problems().stream().filter(p -> !p.isRunLevel()).findFirst().ifPresent(review::goTo);
        assertThat(fields).containsExactly("defaultRunSetting.roleArn");
    }

    @Test
    void theRequestIsExactlyWhatIsSent() throws Exception {
        review.refresh();
        var request = Json.mapper().readTree(review.analysisProperty().get().requestJson());
        assertThat(request.path("batchRunSettings").path("inlineSettings")).hasSize(2);
        assertThat(request.path("defaultRunSetting").path("workflowId").asText()).isEqualTo("1234567");
        assertThat(request.has("omicsBatchLauncher")).isFalse();
    }

    @Test
    void runsWithTheirOwnSampleSheetNeedAnUploadLocationBeforeSubmit() {
        state.update(d -> d.withRuns(List.of(run("WT_REP1", "s3://reads/SRR6357070_1.fastq.gz").toBuilder()
                .parameters(JsonNodeFactory.instance.objectNode().put("input", "file:samplesheet-runs/WT_REP1.csv"))
                .build())));
        review.refresh();
        assertThat(review.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.field()).isEqualTo("omicsBatchLauncher.settingsUri");
            assertThat(p.message()).startsWith("1 run has local files").contains("upload location in Run defaults");
        });
        assertThat(review.canSubmitBinding().get()).isFalse();
        assertThat(RunsAndReviewSteps.stepTitleFor("omicsBatchLauncher.settingsUri")).isEqualTo("Run defaults");
        state.update(d -> d.withApp(d.appOrEmpty().withSettingsUri("s3://lab-results/uploads/")));
        review.refresh();
        assertThat(review.problems()).noneMatch(Problem::isError);
    }

    @Test
    void moreThanAHundredRunsGoToASettingsFileWhoseLocationMustBeSet() {
        List<InlineSetting> runs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            runs.add(run("S" + i, "s3://reads/S" + i + ".fastq.gz"));
        }
        state.update(d -> d.withRuns(runs));
        review.refresh();
        ReviewAnalysis analysis = review.analysisProperty().get();
        assertThat(analysis.settingsFile()).isTrue();
        assertThat(review.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("omicsBatchLauncher.settingsUri"));
        state.update(d -> d.withApp(d.appOrEmpty().withSettingsUri("s3://lab-results/batches/rnaseq/")));
        review.refresh();
        assertThat(review.problems()).noneMatch(Problem::isError);
        assertThat(review.analysisProperty().get().requestJson())
                .contains("\"s3UriSettings\" : \"s3://lab-results/batches/rnaseq/run-settings.json\"")
                .contains("run-settings.json: the first 3 of 150 runs");
        assertThat(review.countsText()).startsWith("150 runs, in a settings file in S3 (");
    }

    @Test
    void exportWritesTheRequestAndSettingsFileForTheAwsCli(@TempDir Path folder) throws Exception {
        List<InlineSetting> runs = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            runs.add(run("S" + i, "s3://reads/S" + i + ".fastq.gz"));
        }
        state.update(d -> d.withRuns(runs).withApp(d.appOrEmpty().withSettingsUri("s3://lab-results/batches/")));
        review.refresh();
        review.exportTo(folder);
        var request = Json.mapper().readTree(folder.resolve("start-run-batch.json").toFile());
        assertThat(request.path("batchRunSettings").path("s3UriSettings").asText())
                .isEqualTo("s3://lab-results/batches/run-settings.json");
        var settings = Json.mapper().readTree(folder.resolve("run-settings.json").toFile());
        assertThat(settings).hasSize(101);
        assertThat(settings.get(100).path("runSettingId").asText()).isEqualTo("S100");
        assertThat(review.statusProperty().get()).contains("aws omics start-run-batch --cli-input-json file://start-run-batch.json");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("start-run-batch.json", "run-settings.json", "preview.csv");
        }
    }

    @Test
    void exportWritesTheUploadUrisOfRunsOwnSampleSheetsAndTheScript(@TempDir Path folder) throws Exception {
        Path draftFolder = Files.createDirectories(folder.resolve("drafts"));
        Files.createDirectories(draftFolder.resolve("samplesheet-runs"));
        Files.writeString(draftFolder.resolve("samplesheet-runs/WT_REP1.csv"), "sample,fastq_1\nWT_REP1,s3://reads/a.fq.gz\n");
        state.fileProperty().set(draftFolder.resolve("rnaseq.json"));
        state.update(d -> d.withApp(d.appOrEmpty().withSettingsUri("s3://lab-results/uploads/")).withRuns(List.of(
                run("WT_REP1", "s3://reads/a.fq.gz").toBuilder().parameters(JsonNodeFactory.instance.objectNode()
                        .put("input", "file:samplesheet-runs/WT_REP1.csv")).build())));
        review.refresh();
        Path export = folder.resolve("export");
        review.exportTo(export);
        String uri = org.omicsbatch.plan.UploadKeys.localFileUri("s3://lab-results/uploads/",
                org.omicsbatch.plan.UploadKeys.sha256(draftFolder.resolve("samplesheet-runs/WT_REP1.csv"),
                        org.omicsbatch.task.Progress.NONE), "WT_REP1.csv");
        var request = Json.mapper().readTree(export.resolve("start-run-batch.json").toFile());
        assertThat(request.path("batchRunSettings").path("inlineSettings").get(0).path("parameters").path("input").asText())
                .isEqualTo(uri).startsWith("s3://lab-results/uploads/files/");
        assertThat(Files.readString(export.resolve("upload-files.sh")))
                .contains("aws s3 cp '" + draftFolder.resolve("samplesheet-runs/WT_REP1.csv") + "' '" + uri + "'");
        assertThat(review.statusProperty().get()).contains("Upload the 1 local files with sh upload-files.sh");
    }

    @Test
    void exportIsRefusedWhileErrorsRemain(@TempDir Path folder) throws Exception {
        tableProblems.add(new CellProblem(0, "priority", "bad"));
        review.refresh();
        review.exportTo(folder);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(review.statusProperty().get()).startsWith("Fix the errors");
    }

    @Test
    void aPilotAsksTheSubmitHookForTheFirstRuns() {
        List<Integer> asked = new ArrayList<>();
        review.onSubmitProperty().set(asked::add);
        review.refresh();
        review.submit(1);
        review.submit(null);
        assertThat(asked).containsExactly(1, null);
    }
}
