package org.omicsbatch.ui.wizard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.aws.AwsSetupException;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.drafts.PreferencesStore;
import org.omicsbatch.task.Progress;
import org.omicsbatch.ui.PreferencesModel;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.services.Connector;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.testing.InMemoryCatalog;
import org.omicsbatch.ui.testing.TestConnection;

class ConnectionViewModelTest {
    @TempDir
    Path home;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final List<ConnectionSettings> connects = new ArrayList<>();
    private List<Connector.ProfileChoice> profiles = List.of();
    private RuntimeException failure;

    private final Connector connector = new Connector() {
        @Override
        public List<ProfileChoice> profiles() {
            return profiles;
        }

        @Override
        public boolean hasCredentials() {
            return !profiles.isEmpty();
        }

        @Override
        public Connection connect(ConnectionSettings settings, Progress progress) {
            connects.add(settings);
            if (failure != null) {
                throw failure;
            }
            return new TestConnection("210987654321", new InMemoryCatalog());
        }

        @Override
        public Connection startSandbox(Progress progress) {
            return new TestConnection("123456789012", new InMemoryCatalog());
        }
    };

    private ConnectionViewModel model() {
        return new ConnectionViewModel(connector, new DirectTaskExecutor(), connection,
                new PreferencesModel(new PreferencesStore(home)));
    }

    @Test
    void preselectsTheSandboxWhenNoProfilesOrCredentialsExist() {
        assertThat(model().sandboxProperty().get()).isTrue();
    }

    @Test
    void preselectsAnAwsProfileWhenTheUserHasOne() {
        profiles = List.of(new Connector.ProfileChoice("research", "eu-west-1", false, false));
        ConnectionViewModel model = model();
        assertThat(model.sandboxProperty().get()).isFalse();
        assertThat(model.profileProperty().get().name()).isEqualTo("research");
        assertThat(model.regionProperty().get()).isEqualTo("eu-west-1");
    }

    @Test
    void connectingShowsTheAccountAndCompletesTheStep() {
        profiles = List.of(new Connector.ProfileChoice("research", "eu-west-1", false, false));
        ConnectionViewModel model = model();
        model.connect();
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).contains("210987654321");
        assertThat(connects).containsExactly(new ConnectionSettings("research", "eu-west-1", null, null));
    }

    @Test
    void theSandboxConnectsToItsOwnAccount() {
        ConnectionViewModel model = model();
        model.connect();
        assertThat(connection.get().accountId()).isEqualTo("123456789012");
        assertThat(connects).isEmpty();
    }

    @Test
    void remembersTheLastProfileAndRegionForTheNextStart() {
        profiles = List.of(new Connector.ProfileChoice("dev", "us-east-1", false, false),
                new Connector.ProfileChoice("research", "eu-west-1", false, false));
        ConnectionViewModel first = model();
        first.profileProperty().set(profiles.get(1));
        first.regionProperty().set("eu-central-1");
        first.connect();
        ConnectionViewModel next = model();
        assertThat(next.profileProperty().get().name()).isEqualTo("research");
        assertThat(next.regionProperty().get()).isEqualTo("eu-central-1");
    }

    @Test
    void aFailureIsShownWithTheCoresAdviceAndLeavesTheStepIncomplete() {
        profiles = List.of(new Connector.ProfileChoice("research", null, false, false));
        failure = new AwsSetupException("No AWS region is set", "Choose a region");
        ConnectionViewModel model = model();
        model.connect();
        assertThat(model.errorProperty().get()).isEqualTo("No AWS region is set: Choose a region");
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anEndpointThatIsNotAUrlIsNamedAndBlocksConnecting() {
        profiles = List.of(new Connector.ProfileChoice("research", "eu-west-1", false, false));
        ConnectionViewModel model = model();
        model.endpointUrlProperty().set("vpce-0abc.omics");
        assertThat(model.endpointProblemProperty().get()).contains("must be a URL");
        assertThat(model.canConnectProperty().get()).isFalse();
        model.endpointUrlProperty().set("https://vpce-0abc.workflows-omics.eu-west-1.vpce.amazonaws.com");
        assertThat(model.canConnectProperty().get()).isTrue();
    }

    @Test
    void anSsoProfileWithoutACurrentSignInSaysHowToSignIn() {
        profiles = List.of(new Connector.ProfileChoice("lab-sso", "us-west-2", true, true));
        ConnectionViewModel model = model();
        assertThat(model.loginHintProperty().get()).contains("aws sso login --profile lab-sso");
    }

    @Test
    void reconnectingClosesTheEarlierConnection() {
        ConnectionViewModel model = model();
        model.connect();
        TestConnection first = (TestConnection) connection.get();
        model.connect();
        assertThat(first.closed).isTrue();
        assertThat(connection.get()).isNotSameAs(first);
    }
    @Test
    void theFormIsUsableWhileTheAwsFilesAreStillReadAfterTheWindowOpened() {
        profiles = List.of(new Connector.ProfileChoice("research", "eu-west-1", false, false));
        HeldExecutor held = new HeldExecutor();
        ConnectionViewModel model = model(held);
        assertThat(held.titles()).containsExactly("Reading your AWS profiles");
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.profiles()).isEmpty();
        assertThat(model.sandboxProperty().get()).as("first start: the sandbox until profiles turn up").isTrue();
        assertThat(model.canConnectProperty().get()).as("the sandbox needs no profiles").isTrue();
        held.release();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.profiles()).extracting(Connector.ProfileChoice::name).containsExactly("research");
        assertThat(model.regions()).contains("us-east-1");
        assertThat(model.sandboxProperty().get()).isFalse();
        assertThat(model.regionProperty().get()).isEqualTo("eu-west-1");
    }

    @Test
    void connectingToAwsWaitsForTheProfilesAndAModePickedMeanwhileIsKept() {
        HeldExecutor held = new HeldExecutor();
        ConnectionViewModel model = model(held);
        model.sandboxProperty().set(false);
        assertThat(model.canConnectProperty().get()).isFalse();
        held.release();
        assertThat(model.sandboxProperty().get()).as("no profiles, but the user chose AWS").isFalse();
        assertThat(model.canConnectProperty().get()).isTrue();
    }

    private ConnectionViewModel model(org.omicsbatch.ui.task.TaskExecutor executor) {
        return new ConnectionViewModel(connector, executor, connection, new PreferencesModel(new PreferencesStore(home)));
    }

    /** Holds tasks until {@link #release()}, as the app's executor runs them after the window opened. */
    private static final class HeldExecutor implements org.omicsbatch.ui.task.TaskExecutor {
        private final DirectTaskExecutor direct = new DirectTaskExecutor();
        private final List<Runnable> held = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();

        @Override
        public <T> TaskHandle execute(org.omicsbatch.ui.task.BackgroundTask<T> task) {
            titles.add(task.title());
            held.add(() -> direct.execute(task));
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        List<String> titles() {
            return titles;
        }

        void release() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }
}
