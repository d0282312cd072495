package org.omicsbatch.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One page of the wizard as the shell sees it: a title and icon for the sidebar, a view, and whether
 * the user may go on from it. Steps are built by {@link WizardSteps}.
 */
public interface WizardStep {

    String title();

    Ikon icon();

    /** The step's view; built once and kept, so the shell may call this every time it shows the step. */
    Node view();

    /** True when the step's input is good enough to go to the next step. */
    ObservableBooleanValue completeProperty();

    /** Called each time the step is shown (e.g. to load lists that depend on earlier steps). */
    default void shown() {
    }
}
