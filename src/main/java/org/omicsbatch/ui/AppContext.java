package org.omicsbatch.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.omicsbatch.drafts.PreferencesStore;
import org.omicsbatch.ui.help.FieldHelp;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.services.Connector;
import org.omicsbatch.ui.services.DraftChecks;
import org.omicsbatch.ui.services.PlanDraftChecks;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * What the wizard steps share: the draft, the connection once made, the executor of long work, the
 * remembered preferences and the service's field help. Built once by the app (or a test) and handed
 * to each step's view model.
 */
public final class AppContext {
    private final Path home;
    private final DraftState draftState = new DraftState();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final TaskExecutor executor;
    private final Connector connector;
    private final PreferencesModel preferences;
    private final FieldHelp help = FieldHelp.load();
    private final DraftChecks checks = new PlanDraftChecks();

    public AppContext(Path home, TaskExecutor executor, Connector connector) {
        this.home = home;
        this.executor = executor;
        this.connector = connector;
        this.preferences = new PreferencesModel(new PreferencesStore(home));
    }

    public Path home() {
        return home;
    }

    /** The submissions made from this machine, in the app's folder (monitors resume from it). */
    public org.omicsbatch.submit.Journal journal() {
        return new org.omicsbatch.submit.Journal(home.resolve("journal"));
    }

    public DraftState draftState() {
        return draftState;
    }

    /** The open connection, or null before the Connection step connected. */
    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Connector connector() {
        return connector;
    }

    public PreferencesModel preferences() {
        return preferences;
    }

    /** The core's validation of the batch-level fields, for the form steps. */
    public DraftChecks checks() {
        return checks;
    }

    public FieldHelp help() {
        return help;
    }
}
