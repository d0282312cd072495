package org.omicsbatch.ui.wizard.connection;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.drafts.Preferences;
import org.omicsbatch.ui.PreferencesModel;
import org.omicsbatch.ui.UserMessages;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.services.Connector;
import org.omicsbatch.ui.services.Connector.ProfileChoice;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;

/**
 * Step 1: where to connect (an AWS profile with region, optional endpoint and proxy, or the built-in
 * sandbox), connecting off the FX thread, and the account id once connected.
 */
public final class ConnectionViewModel {
    private final Connector connector;
    private final TaskExecutor executor;
    private final ObjectProperty<Connection> connection;
    private final PreferencesModel preferences;

    private final BooleanProperty sandbox = new SimpleBooleanProperty();
    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileChoice> profile = new SimpleObjectProperty<>();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty endpointUrl = new SimpleStringProperty("");
    private final StringProperty proxyUrl = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private boolean modeChosen;
    private final StringProperty error = new SimpleStringProperty("");
    private final StringBinding endpointProblem = urlProblem(endpointUrl, "endpoint");
    private final StringBinding proxyProblem = urlProblem(proxyUrl, "proxy");
    private final BooleanBinding canConnect;
    private final BooleanBinding connected;

    public ConnectionViewModel(Connector connector, TaskExecutor executor, ObjectProperty<Connection> connection,
            PreferencesModel preferences) {
        this.connector = connector;
        this.executor = executor;
        this.connection = connection;
        this.preferences = preferences;
        connected = connection.isNotNull();
        canConnect = busy.not().and(sandbox.or(loading.not().and(endpointProblem.isEmpty())
                .and(proxyProblem.isEmpty())));
        profile.addListener((obs, old, chosen) -> {
            if (chosen != null && chosen.region() != null && !chosen.region().isBlank()) {
                region.set(chosen.region());
            }
        });
        load();
    }

    /**
     * Fills the form from the last connection now, and from the user's AWS files off the FX thread:
     * reading them loads the AWS SDK's profile parser and service metadata (hundreds of classes), which
     * would otherwise hold back the first window. Until they are read the mode is the last one used
     * (the sandbox on a first start), and connecting to AWS waits ({@link #loadingProperty()}).
     */
    private void load() {
        Preferences prefs = preferences.get();
        if (prefs.lastRegion() != null) {
            region.set(prefs.lastRegion());
        }
        endpointUrl.set(orEmpty(prefs.lastEndpointUrl()));
        proxyUrl.set(orEmpty(prefs.lastProxyUrl()));
        sandbox.set(prefs.sandbox() == null || prefs.sandbox());
        sandbox.addListener((obs, old, now) -> modeChosen = true);
        loading.set(true);
        executor.execute(BackgroundTask.of("Reading your AWS profiles", progress -> new AwsSetup(
                        connector.profiles(), connector.hasCredentials(), regionIds()))
                .onSuccess(setup -> loaded(setup, prefs))
                .onFailure(problem -> loaded(new AwsSetup(List.of(), false, List.of()), prefs))
                .onFinished(() -> loading.set(false)));
    }

    /** What the user's AWS files and the SDK offer for the form. */
    private record AwsSetup(List<ProfileChoice> profiles, boolean hasCredentials, List<String> regions) {
    }

    /**
     * The last profile (or the first); on a first start the sandbox only when there is nothing else,
     * unless the user picked a mode while the files were read.
     */
    private void loaded(AwsSetup setup, Preferences prefs) {
        regions.setAll(setup.regions());
        profiles.setAll(setup.profiles());
        Optional<ProfileChoice> last = profiles.stream().filter(p -> p.name().equals(prefs.lastProfile())).findFirst();
        profile.set(last.orElse(profiles.isEmpty() ? null : profiles.get(0)));
        if (prefs.lastRegion() != null) {
            region.set(prefs.lastRegion()); // the profile's own region must not replace the one chosen last time
        }
        if (prefs.sandbox() == null && !modeChosen) {
            sandbox.set(profiles.isEmpty() && !setup.hasCredentials());
        }
    }

    /** Connects (closing an earlier connection once the new one works). */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        error.set("");
        busy.set(true);
        boolean useSandbox = sandbox.get();
        ConnectionSettings settings = useSandbox ? null : settings();
        String title = useSandbox ? "Starting the sandbox" : "Connecting to AWS";
        executor.execute(BackgroundTask.of(title, progress -> useSandbox
                ? connector.startSandbox(progress)
                : connector.connect(settings, progress))
                .onSuccess(this::connected)
                .onFailure(problem -> error.set(UserMessages.describe(problem,
                        settings == null ? null : settings.profile())))
                .onFinished(() -> busy.set(false)));
    }

    private void connected(Connection opened) {
        Connection old = connection.get();
        connection.set(opened);
        if (old != null) {
            old.close();
        }
        ProfileChoice chosen = profile.get();
        preferences.update(p -> p.withConnection(sandbox.get(), chosen == null ? null : chosen.name(),
                blankToNull(region.get()), blankToNull(endpointUrl.get()), blankToNull(proxyUrl.get())));
    }

    /** Closes the connection (stopping the sandbox if it was one). */
    public void disconnect() {
        Connection old = connection.get();
        connection.set(null);
        if (old != null) {
            old.close();
        }
    }

    ConnectionSettings settings() {
        ProfileChoice chosen = profile.get();
        return new ConnectionSettings(chosen == null ? null : chosen.name(), blankToNull(region.get()),
                toUri(endpointUrl.get()), toUri(proxyUrl.get()));
    }

    /** The regions where HealthOmics has an endpoint, for the region picker; filled off the FX thread. */
    public ObservableList<String> regions() {
        return regions;
    }

    private static List<String> regionIds() {
        return software.amazon.awssdk.services.omics.OmicsClient.serviceMetadata().regions().stream()
                .map(software.amazon.awssdk.regions.Region::id).sorted().toList();
    }

    /** "Connected to account 123456789012 — sandbox", or empty. */
    public StringBinding statusProperty() {
        return Bindings.createStringBinding(() -> {
            Connection open = connection.get();
            return open == null ? "" : "Connected to account " + open.accountId() + " — " + open.description();
        }, connection);
    }

    /** For an IAM Identity Center profile whose sign-in expired or is missing: how to sign in. */
    public StringBinding loginHintProperty() {
        return Bindings.createStringBinding(() -> {
            ProfileChoice chosen = profile.get();
            if (sandbox.get() || chosen == null || !chosen.needsLogin()) {
                return "";
            }
            return "This profile signs in through IAM Identity Center and has no current sign-in: run "
                    + "aws sso login --profile " + chosen.name() + " in a terminal, then Connect.";
        }, profile, sandbox);
    }

    public BooleanProperty sandboxProperty() {
        return sandbox;
    }

    public ObservableList<ProfileChoice> profiles() {
        return profiles;
    }

    public ObjectProperty<ProfileChoice> profileProperty() {
        return profile;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public StringProperty proxyUrlProperty() {
        return proxyUrl;
    }

    public StringBinding endpointProblemProperty() {
        return endpointProblem;
    }

    public StringBinding proxyProblemProperty() {
        return proxyProblem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while the user's AWS profiles are being read (after the window opened). */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    /** The step is complete once connected. */
    public BooleanBinding connectedProperty() {
        return connected;
    }

    private static StringBinding urlProblem(StringProperty text, String what) {
        return Bindings.createStringBinding(() -> {
            String value = text.get() == null ? "" : text.get().strip();
            if (value.isEmpty()) {
                return "";
            }
            try {
                URI uri = new URI(value);
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
                    return "The " + what + " must be a URL such as https://host.example.com";
                }
                return "";
            } catch (java.net.URISyntaxException e) {
                return "Not a URL: " + e.getReason();
            }
        }, text);
    }

    private static URI toUri(String text) {
        String value = blankToNull(text);
        return value == null ? null : URI.create(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
