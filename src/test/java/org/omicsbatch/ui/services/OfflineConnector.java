package org.omicsbatch.ui.services;

import java.util.List;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.task.Progress;

/** For UI tests that never connect: no profiles, no credentials, and connecting fails. */
public final class OfflineConnector implements Connector {
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
        throw new IllegalStateException("no network in this test");
    }

    @Override
    public Connection startSandbox(Progress progress) {
        throw new IllegalStateException("no sandbox in this test");
    }
}
