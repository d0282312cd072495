package org.omicsbatch.ui.wizard;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** A {@link WizardStep} made of its parts; the view is built on first show. */
public final class SimpleStep implements WizardStep {
    private final String title;
    private final Ikon icon;
    private final Supplier<? extends Node> viewFactory;
    private final ObservableBooleanValue complete;
    private final Runnable onShown;
    private Node view;

    public SimpleStep(String title, Ikon icon, Supplier<? extends Node> viewFactory, ObservableBooleanValue complete,
            Runnable onShown) {
        this.title = Objects.requireNonNull(title);
        this.icon = icon;
        this.viewFactory = Objects.requireNonNull(viewFactory);
        this.complete = Objects.requireNonNull(complete);
        this.onShown = onShown == null ? () -> { } : onShown;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = viewFactory.get();
        }
        return view;
    }

    @Override
    public ObservableBooleanValue completeProperty() {
        return complete;
    }

    @Override
    public void shown() {
        onShown.run();
    }
}
