package org.omicsbatch.ui.wizard.review;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.wizard.SimpleStep;
import org.omicsbatch.ui.wizard.WizardStep;
import org.omicsbatch.ui.wizard.WizardViewModel;
import org.omicsbatch.ui.wizard.runs.RunsView;
import org.omicsbatch.ui.wizard.runs.RunsViewModel;
import org.omicsbatch.ui.wizard.runs.SheetImportDialog;
import org.omicsbatch.ui.wizard.runs.SheetImportViewModel;

/**
 * The Runs and Review steps, built together because Review reads the runs table (its unusable cells,
 * its pending edits) and sends the user back to a cell of it. The shell adds {@link #runsStep()} and
 * {@link #reviewStep()} and, once its wizard exists, calls {@link ReviewStep#navigateWithin(WizardViewModel)}
 * on the review step (so that a clicked problem can show another step).
 */
public final class RunsAndReviewSteps {
    /** HeadObject calls in flight while checking inputs. */
    private static final int PREFLIGHT_PARALLELISM = 8;

    private final AppContext context;
    private final RunsViewModel runs;
    private final ReviewViewModel review;
    private final WizardStep runsStep;
    private final WizardStep reviewStep;
    private RunsView runsView;

    public RunsAndReviewSteps(AppContext context) {
        this.context = context;
        this.runs = new RunsViewModel(context.draftState(), context.executor());
        this.review = new ReviewViewModel(context.draftState(), context.executor());
        review.setBeforeReview(runs::commitThen);
        review.setTableProblems(runs::cellProblems);
        review.setGoToRun(runs::goTo);
        review.problems().addListener((javafx.collections.ListChangeListener<org.omicsbatch.plan.Problem>) change ->
                runs.showReviewProblems(review.problems()));
        review.setPreflight(() -> {
            var connection = context.connectionProperty().get();
            var session = connection == null ? null : connection.session();
            return session == null ? null : new Preflight(session.catalog(), session.s3(), PREFLIGHT_PARALLELISM);
        });
        runsStep = new SimpleStep("Runs", Material2MZ.VIEW_LIST, this::buildRunsView,
                Bindings.greaterThan(runs.runCountProperty(), 0), null);
        reviewStep = new ReviewStep(this, new SimpleStep("Review", Material2AL.FACT_CHECK,
                () -> new ReviewView(review).node(), review.canSubmitBinding(), review::refresh));
    }

    public WizardStep runsStep() {
        return runsStep;
    }

    public WizardStep reviewStep() {
        return reviewStep;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public ReviewViewModel review() {
        return review;
    }

    /**
     * Lets a problem clicked in Review show its place: a run's cell in the Runs step, a batch field
     * in the step that edits it (found by title; unknown fields stay on Review).
     */
    public void navigateWithin(WizardViewModel wizard) {
        review.setGoToRun((run, field) -> {
            wizard.goTo(wizard.steps().indexOf(runsStep));
            runs.goTo(run, field);
        });
        review.setGoToBatchField(field -> {
            String title = stepTitleFor(field);
            for (int i = 0; i < wizard.steps().size(); i++) {
                if (wizard.steps().get(i).title().equals(title)) {
                    wizard.goTo(i);
                    return;
                }
            }
        });
    }

    /** The title of the step that edits a batch-level field. */
    static String stepTitleFor(String field) {
        if (field.startsWith("defaultRunSetting.parameters")) {
            return "Shared parameters";
        }
        if (field.startsWith("defaultRunSetting.workflow") || field.equals("workflow")) {
            return "Workflow";
        }
        if (field.startsWith("batchRunSettings") || field.startsWith("inlineSettings")) {
            return "Runs";
        }
        return "Run defaults";
    }

    private Node buildRunsView() {
        runsView = new RunsView(runs, context.draftState());
        runsView.setOnImport(this::importSheet);
        return runsView.node();
    }

    /** Opens the import dialog (not modal-blocking) for a dropped file, or asks for one first (file is null). */
    public void importSheet(Path file) {
        Window owner = runsView == null || runsView.node().getScene() == null ? null : runsView.node().getScene().getWindow();
        Path chosen = file;
        if (chosen == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a sample sheet");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Sample sheets", "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            var picked = chooser.showOpenDialog(owner);
            if (picked == null) {
                return;
            }
            chosen = picked.toPath();
        }
        var workflow = context.draftState().workflowProperty().get();
        Path draftFile = context.draftState().fileProperty().get();
        SheetImportViewModel model = new SheetImportViewModel(chosen, workflow == null ? null : workflow.parameterTemplate(),
                draftFile == null ? null : draftFile.toAbsolutePath().getParent(), context.home(), context.executor());
        String description = "Import " + chosen.getFileName();
        new SheetImportDialog(model, owner).open(() -> model.accept(imported ->
                runs.acceptImport(imported.runs(), model.typedParameters(), description), runs.statusProperty()::set));
    }
}
