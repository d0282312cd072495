package org.omicsbatch.ui.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which step is shown and where the user may go: forward only from a complete step, to any earlier
 * step at any time, and to a later step in the sidebar only when every step before it is complete.
 */
public final class WizardViewModel {
    private final ObservableList<WizardStep> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<WizardStep> current = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;

    public WizardViewModel(List<WizardStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a wizard needs at least one step");
        }
        this.steps = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(steps));
        current.bind(Bindings.valueAt(this.steps, index));
        canGoBack = index.greaterThan(0);
        ObservableBooleanValue[] completes = steps.stream().map(WizardStep::completeProperty)
                .toArray(ObservableBooleanValue[]::new);
        canGoNext = Bindings.createBooleanBinding(
                () -> index.get() < steps.size() - 1 && steps.get(index.get()).completeProperty().get(),
                concat(index, completes));
        current.get().shown();
        index.addListener((obs, old, now) -> steps.get(now.intValue()).shown());
    }

    public ObservableList<WizardStep> steps() {
        return steps;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyObjectProperty<WizardStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public void next() {
        if (canGoNext.get()) {
            index.set(index.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            index.set(index.get() - 1);
        }
    }

    /** True for an earlier step, or a later one when every step before it is complete. */
    public boolean canGoTo(int target) {
        if (target < 0 || target >= steps.size()) {
            return false;
        }
        if (target <= index.get()) {
            return true;
        }
        for (int i = 0; i < target; i++) {
            if (!steps.get(i).completeProperty().get()) {
                return false;
            }
        }
        return true;
    }

    /** Shows step {@code target} if reachable; returns whether it did. */
    public boolean goTo(int target) {
        if (!canGoTo(target)) {
            return false;
        }
        index.set(target);
        return true;
    }

    private static javafx.beans.Observable[] concat(javafx.beans.Observable first, ObservableBooleanValue[] rest) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
