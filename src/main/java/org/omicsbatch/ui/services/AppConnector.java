package org.omicsbatch.ui.services;

import java.io.IOException;
import java.util.List;
import org.omicsbatch.aws.AwsProfiles;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.task.Progress;

/**
 * The app's connector: profiles from the user's AWS files, sessions from the core's {@link AwsSession}
 * (the account id from STS proves the credentials work before the wizard goes on).
 */
public final class AppConnector implements Connector {
    private final SandboxOptions sandbox;

    /** A connector whose sandbox keeps nothing after it stops (tests, a first look). */
    public AppConnector() {
        this(SandboxOptions.defaults());
    }

    /**
     * A connector whose sandbox runs with these options; the app gives it a state folder, so that a
     * batch submitted to the sandbox is still there (and its monitor resumes) after a restart.
     */
    public AppConnector(SandboxOptions sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public List<ProfileChoice> profiles() {
        return AwsProfiles.list().stream()
                .map(p -> new ProfileChoice(p.name(), p.region(), p.sso(), p.needsLogin()))
                .toList();
    }

    @Override
    public boolean hasCredentials() {
        return System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null
                || System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null;
    }

    @Override
    public Connection connect(ConnectionSettings settings, Progress progress) {
        progress.update(0, 2, "Connecting to AWS");
        AwsSession session = AwsSession.open(settings);
        try {
            progress.update(1, 2, "Checking the credentials (STS GetCallerIdentity)");
            String account = session.accountId();
            String description = (settings.profile() == null ? "default credentials" : "profile " + settings.profile())
                    + " · " + session.region() + (settings.hasEndpointOverride() ? " · " + settings.endpointUrl() : "");
            return new SessionConnection(session, account, description, null);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Starts the embedded sandbox on a free loopback port; closing the connection stops it. */
    @Override
    public Connection startSandbox(Progress progress) throws IOException {
        progress.update(0, 2, "Starting the sandbox");
        SandboxServer server = SandboxServer.start(sandbox);
        try {
            progress.update(1, 2, "Connecting to the sandbox");
            AwsSession session = AwsSession.open(ConnectionSettings.sandbox(server.endpoint()));
            return new SessionConnection(session, session.accountId(), "the built-in sandbox on this computer", server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }
}
