package org.omicsbatch.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

class WizardViewModelTest {
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty();
    private final SimpleBooleanProperty workflowChosen = new SimpleBooleanProperty();
    private final SimpleBooleanProperty defaultsValid = new SimpleBooleanProperty();
    private final WizardViewModel wizard = new WizardViewModel(List.of(step("Connection", connected),
            step("Workflow", workflowChosen), step("Run defaults", defaultsValid)));

    private static WizardStep step(String title, SimpleBooleanProperty complete) {
        return new SimpleStep(title, null, () -> new Label(title), complete, null);
    }

    @Test
    void nextIsOnlyPossibleFromACompleteStep() {
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        wizard.next();
        assertThat(wizard.indexProperty().get()).isZero();
        connected.set(true);
        assertThat(wizard.canGoNextProperty().get()).isTrue();
        wizard.next();
        assertThat(wizard.currentProperty().get().title()).isEqualTo("Workflow");
    }

    @Test
    void backIsPossibleFromEveryStepButTheFirst() {
        assertThat(wizard.canGoBackProperty().get()).isFalse();
        connected.set(true);
        wizard.next();
        assertThat(wizard.canGoBackProperty().get()).isTrue();
        wizard.back();
        assertThat(wizard.indexProperty().get()).isZero();
    }

    @Test
    void aLaterStepIsReachableFromTheSidebarOnlyWhenEveryStepBeforeItIsComplete() {
        assertThat(wizard.goTo(2)).isFalse();
        connected.set(true);
        assertThat(wizard.goTo(2)).isFalse();
        workflowChosen.set(true);
        assertThat(wizard.goTo(2)).isTrue();
        assertThat(wizard.indexProperty().get()).isEqualTo(2);
    }

    @Test
    void anEarlierStepStaysReachableEvenWhenItBecameIncomplete() {
        connected.set(true);
        workflowChosen.set(true);
        wizard.goTo(2);
        connected.set(false);
        assertThat(wizard.goTo(1)).isTrue();
    }

    @Test
    void theLastStepHasNoNext() {
        connected.set(true);
        workflowChosen.set(true);
        defaultsValid.set(true);
        wizard.goTo(2);
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }
}
