package org.omicsbatch.ui.services;

import java.util.List;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.task.Progress;

/**
 * The app's sandbox connection, with the test's sandbox options (speed, failures, a state folder),
 * and a handle on the running server so a test can put the objects a real account would hold.
 * Like the app's, the connection owns the server: closing the app stops the sandbox.
 */
public final class SandboxConnector implements Connector {
    private final SandboxOptions options;
    private volatile SandboxServer server;

    public SandboxConnector(SandboxOptions options) {
        this.options = options;
    }

    /** The sandbox the last connection started. */
    public SandboxServer server() {
        return server;
    }

    @Override
    public List<ProfileChoice> profiles() {
        return List.of();
    }

    @Override
    public boolean hasCredentials() {
        return false;
    }

    @Override
    public Connection connect(ConnectionSettings settings, Progress progress) {
        throw new IllegalStateException("only the sandbox in this test");
    }

    @Override
    public Connection startSandbox(Progress progress) throws Exception {
        SandboxServer started = SandboxServer.start(options);
        AwsSession session = AwsSession.open(ConnectionSettings.sandbox(started.endpoint()));
        server = started;
        return new SessionConnection(session, session.accountId(), "the test's sandbox", started);
    }
}
