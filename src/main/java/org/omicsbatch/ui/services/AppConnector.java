package org.omicsbatch.ui.services;

import java.util.List;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The app's connector. Transitional: lists profiles with the SDK's profile reader until the client's
 * {@code AwsProfiles}/{@code AwsSession} and the embedded sandbox are on main; connecting says so.
 */
public final class AppConnector implements Connector {

    @Override
    public List<ProfileChoice> profiles() {
        try {
            return ProfileFile.defaultProfileFile().profiles().values().stream()
                    .map(p -> new ProfileChoice(p.name(), p.property(ProfileProperty.REGION).orElse(null),
                            p.property(ProfileProperty.SSO_START_URL).isPresent()
                                    || p.property("sso_session").isPresent()))
                    .sorted(java.util.Comparator.comparing(ProfileChoice::name))
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public boolean hasCredentials() {
        return System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null
                || !profiles().isEmpty();
    }

    @Override
    public Connection connect(ConnectionSettings settings, Progress progress) {
        throw new IllegalStateException("This build cannot connect yet: the AWS client is not part of it.");
    }

    @Override
    public Connection startSandbox(Progress progress) {
        throw new IllegalStateException("This build has no sandbox yet.");
    }
}
