package org.omicsbatch.ui.wizard.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.EffectiveRun;
import org.omicsbatch.plan.Problem;
import org.omicsbatch.plan.ProblemKind;
import org.omicsbatch.plan.RunMerger;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.PreflightFinding;
import org.omicsbatch.ui.components.runs.CellProblem;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * The Review step: what every run will get (merged, with where each value came from), the problems
 * (a click goes to the cell), the counts, the exact request, the scale, "Export for AWS CLI" and the
 * submit buttons, which stay disabled while any error remains.
 */
public final class ReviewViewModel {
    private static final int CACHED_RUNS = 512;

    private final DraftState state;
    private final TaskExecutor executor;
    private final ObjectProperty<ReviewAnalysis> analysis = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<ProblemKind> problemKinds = FXCollections.observableArrayList();
    private final BooleanProperty analysing = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Consumer<Integer>> onSubmit = new SimpleObjectProperty<>();
    private final ObservableList<PreflightFinding> inputFindings = FXCollections.observableArrayList();
    private final ObjectProperty<BatchDraft> inputsCheckedFor = new SimpleObjectProperty<>();
    private final ObjectProperty<Supplier<Preflight>> preflight = new SimpleObjectProperty<>(() -> null);
    private final BooleanBinding canSubmit;
    private Supplier<List<CellProblem>> tableProblems = List::of;
    private Consumer<Runnable> beforeReview = Runnable::run;
    private long refreshSerial; // only the newest refresh goes on once the runs are in the draft
    private BiConsumer<Integer, String> goToRun = (run, field) -> { };
    private Consumer<String> goToBatchField = field -> { };
    private TaskExecutor.TaskHandle running;
    private final Map<Integer, EffectiveRun> merged = new LinkedHashMap<>(CACHED_RUNS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, EffectiveRun> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    public ReviewViewModel(DraftState state, TaskExecutor executor) {
        this.state = state;
        this.executor = executor;
        canSubmit = Bindings.createBooleanBinding(() -> onSubmit.get() != null && !analysing.get()
                && analysis.get() != null && analysis.get().errorCount() == 0 && !analysis.get().draft().runs().isEmpty()
                && analysis.get().draft() == state.draft() && !inputErrors(), onSubmit, analysing, analysis,
                state.draftProperty(), inputFindings, inputsCheckedFor);
    }

    /** Brings the runs table's edits into the draft, then validates and renders off the FX thread. */
    public void refresh() {
        long mine = ++refreshSerial;
        if (running != null) {
            running.cancel();
        }
        analysing.set(true);
        status.set("Bringing the runs table's edits into the draft…");
        beforeReview.accept(() -> {
            if (mine == refreshSerial) {
                analyse();
            }
        });
    }

    private void analyse() {
        BatchDraft draft = state.draft();
        JsonNode template = template();
        Path folder = state.fileProperty().get() == null ? null : state.fileProperty().get().toAbsolutePath().getParent();
        List<CellProblem> cells = List.copyOf(tableProblems.get());
        if (running != null) {
            running.cancel();
        }
        analysing.set(true);
        status.set("Checking " + draft.runs().size() + " runs…");
        running = executor.execute(BackgroundTask.<ReviewAnalysis>of("Checking the batch",
                p -> ReviewAnalysis.of(draft, template, folder, cells, p))
                .onSuccess(this::analysed)
                .onFailure(e -> status.set("The check did not finish: " + e.getMessage()))
                .onFinished(() -> analysing.set(false)));
    }

    private void analysed(ReviewAnalysis value) {
        merged.clear();
        analysis.set(value);
        problems.setAll(value.problems());
        problemKinds.setAll(value.problemKinds());
        status.set(value.errorCount() == 0 ? "No errors: ready to submit" + (value.warningCount() == 0 ? ""
                : " (" + value.warningCount() + " warnings worth a look)")
                : value.errorCount() + (value.errorCount() == 1 ? " error" : " errors")
                        + " to fix before submitting: click one to go to it");
    }

    /** The merged settings of one run of the analysed draft (computed on demand, a few hundred kept). */
    public EffectiveRun run(int index) {
        ReviewAnalysis current = analysis.get();
        return merged.computeIfAbsent(index, i -> RunMerger.merge(current.draft().defaultRunSetting(),
                current.draft().runs().get(i), i));
    }

    /** Goes to where a problem is: the run's cell in the Runs step, or the batch-level field's step. */
    public void goTo(Problem problem) {
        if (problem.isRunLevel()) {
            goToRun.accept(problem.runIndex(), problem.field());
        } else {
            goToBatchField.accept(problem.field());
        }
    }

    /** Writes the request (and settings file) for the AWS CLI into the folder, off the FX thread. */
    public void exportTo(Path folder) {
        ReviewAnalysis current = analysis.get();
        if (current == null || current.errorCount() > 0 || current.draft() != state.draft()) {
            status.set("Fix the errors (and let the check finish) before exporting");
            return;
        }
        Path draftFolder = state.fileProperty().get() == null ? null
                : state.fileProperty().get().toAbsolutePath().getParent();
        executor.execute(BackgroundTask.<org.omicsbatch.plan.RenderedFiles.Result>of("Exporting for the AWS CLI",
                p -> ReviewExport.write(current.draft(), draftFolder, folder, p))
                .onSuccess(result -> status.set(ReviewExport.nextSteps(folder, result)))
                .onFailure(e -> status.set("Could not export to " + folder + ": " + e.getMessage())));
    }

    /** "6 runs, inline in the request · 0 errors, 1 warning", or empty before the first check. */
    public String countsText() {
        return analysis.get() == null ? "" : ReviewSummary.counts(analysis.get());
    }

    /** "6 runs × 1200 GiB STATIC run storage = 7,200 GiB reserved while they run". */
    public String scaleText() {
        return analysis.get() == null ? "" : ReviewSummary.scale(analysis.get());
    }

    /**
     * "Check inputs": the core's preflight (every s3:// input exists, the workflow can run in a batch,
     * output buckets are reachable), off the FX thread. Needs a connection.
     */
    public void checkInputs() {
        Preflight check = preflight.get().get();
        if (check == null) {
            status.set("Connect first (Connection step): checking inputs asks S3 and HealthOmics");
            return;
        }
        beforeReview.accept(() -> checkInputsOf(state.draft(), check));
    }

    private void checkInputsOf(BatchDraft draft, Preflight check) {
        executor.execute(BackgroundTask.<List<PreflightFinding>>of("Checking inputs", p -> check.check(draft, p))
                .onSuccess(findings -> {
                    inputFindings.setAll(findings);
                    inputsCheckedFor.set(draft);
                    long errors = findings.stream().filter(PreflightFinding::isError).count();
                    status.set("Inputs checked: " + errors + (errors == 1 ? " error, " : " errors, ")
                            + (findings.size() - errors) + " warnings (see the Inputs tab)");
                })
                .onFailure(e -> status.set("Could not check the inputs: " + e.getMessage())));
    }

    /** True when the last input check was of the current draft and found something that would fail. */
    private boolean inputErrors() {
        return inputsCheckedFor.get() == state.draft() && inputFindings.stream().anyMatch(PreflightFinding::isError);
    }

    /** Why Submit is disabled (or what it does), for its tooltip. */
    public javafx.beans.binding.StringBinding submitHint() {
        return Bindings.createStringBinding(() -> {
            ReviewAnalysis a = analysis.get();
            if (analysing.get() || a == null || a.draft() != state.draft()) {
                return "Waiting for the check of the current draft";
            }
            if (a.errorCount() > 0) {
                return "Fix the " + a.errorCount() + (a.errorCount() == 1 ? " error" : " errors") + " first";
            }
            if (inputErrors()) {
                return "\"Check inputs\" found inputs that would make runs fail";
            }
            if (onSubmit.get() == null) {
                return "Submitting is not available in this window";
            }
            return "Send StartRunBatch for the runs";
        }, analysing, analysis, state.draftProperty(), inputFindings, inputsCheckedFor, onSubmit);
    }

    /** Makes a preflight for the current connection, or null when not connected. */
    public void setPreflight(Supplier<Preflight> value) {
        preflight.set(value);
    }

    public ObservableList<PreflightFinding> inputFindings() {
        return inputFindings;
    }

    /** Asks the submit hook for all runs ({@code null}) or a pilot of the first {@code n}. */
    public void submit(Integer pilotRuns) {
        if (canSubmit.get()) {
            onSubmit.get().accept(pilotRuns);
        }
    }

    private JsonNode template() {
        var workflow = state.workflowProperty().get();
        if (workflow != null && workflow.parameterTemplate() != null) {
            return workflow.parameterTemplate();
        }
        return state.draft().appOrEmpty().workflow();
    }

    /** Supplies the runs table's unusable cells (they block submission like any error). */
    public void setTableProblems(Supplier<List<CellProblem>> value) {
        tableProblems = value;
    }

    /**
     * Runs before each check, e.g. to write the runs table into the draft (perhaps off the FX thread):
     * it gets the check and runs it, on the FX thread, once the draft is ready.
     */
    public void setBeforeReview(Consumer<Runnable> value) {
        beforeReview = value;
    }

    /** Shows a run's field in the Runs step: (run index, field path such as {@code parameters.fastq_1}). */
    public void setGoToRun(BiConsumer<Integer, String> value) {
        goToRun = value;
    }

    /** Shows a batch-level field ({@code defaultRunSetting.roleArn}, {@code batchName}) in its step. */
    public void setGoToBatchField(Consumer<String> value) {
        goToBatchField = value;
    }

    /** Submission, wired by the monitor: called with null for every run or N for a pilot of the first N. */
    public ObjectProperty<Consumer<Integer>> onSubmitProperty() {
        return onSubmit;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }

    public ObjectProperty<ReviewAnalysis> analysisProperty() {
        return analysis;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The problems as listed: those alike in many runs once, with how many runs have them. */
    public ObservableList<ProblemKind> problemKinds() {
        return problemKinds;
    }

    public BooleanProperty analysingProperty() {
        return analysing;
    }

    public StringProperty statusProperty() {
        return status;
    }

    DraftState state() {
        return state;
    }

    TaskExecutor executor() {
        return executor;
    }
}
