package org.omicsbatch.ui.wizard.review;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.omicsbatch.ui.wizard.WizardStep;
import org.omicsbatch.ui.wizard.WizardViewModel;

/** The Review step as the shell sees it, plus the one hook the shell wires: navigation for clicked problems. */
public final class ReviewStep implements WizardStep {
    private final RunsAndReviewSteps owner;
    private final WizardStep step;

    ReviewStep(RunsAndReviewSteps owner, WizardStep step) {
        this.owner = owner;
        this.step = step;
    }

    /** Lets a clicked problem show the Runs step (or the step of a batch field) of this wizard. */
    public void navigateWithin(WizardViewModel wizard) {
        owner.navigateWithin(wizard);
    }

    /** The Runs and Review view models behind this step (for the shell's tests and menus). */
    public RunsAndReviewSteps steps() {
        return owner;
    }

    /** Wires every review step of the wizard; the shell calls this once after building it. */
    public static void wire(WizardViewModel wizard) {
        wizard.steps().stream().filter(ReviewStep.class::isInstance).map(ReviewStep.class::cast)
                .forEach(s -> s.navigateWithin(wizard));
    }

    @Override
    public String title() {
        return step.title();
    }

    @Override
    public Ikon icon() {
        return step.icon();
    }

    @Override
    public Node view() {
        return step.view();
    }

    @Override
    public ObservableBooleanValue completeProperty() {
        return step.completeProperty();
    }

    @Override
    public void shown() {
        step.shown();
    }
}
