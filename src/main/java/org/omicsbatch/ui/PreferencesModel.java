package org.omicsbatch.ui;

import java.io.IOException;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.omicsbatch.drafts.Preferences;
import org.omicsbatch.drafts.PreferencesStore;

/** The preferences as an observable value, written back on every change (a small file). */
public final class PreferencesModel {
    private final PreferencesStore store;
    private final ReadOnlyObjectWrapper<Preferences> value;

    public PreferencesModel(PreferencesStore store) {
        this.store = store;
        this.value = new ReadOnlyObjectWrapper<>(store.load());
    }

    public Preferences get() {
        return value.get();
    }

    public ReadOnlyObjectProperty<Preferences> property() {
        return value.getReadOnlyProperty();
    }

    /** Applies and saves a change; a failed write only loses the remembered value, never the session. */
    public void update(UnaryOperator<Preferences> change) {
        Preferences next = change.apply(value.get());
        value.set(next);
        try {
            store.save(next);
        } catch (IOException e) {
            // Preferences are a convenience: keep going with them in memory.
        }
    }
}
