package org.omicsbatch.ui.services;

import java.util.List;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.task.Progress;

/** Opens connections; the Connection step talks to AWS only through this. */
public interface Connector {

    /** The profiles of the user's AWS config and credentials files. */
    List<ProfileChoice> profiles();

    /**
     * True when the environment offers credentials besides the profiles (keys, a named profile, a
     * container role): callers have {@link #profiles()} already, so the files are not read twice.
     */
    boolean hasCredentials();

    /** Connects with the SDK's credential chain for the profile; slow (network), so never on the FX thread. */
    Connection connect(ConnectionSettings settings, Progress progress) throws Exception;

    /** Starts the embedded sandbox and connects to it. */
    Connection startSandbox(Progress progress) throws Exception;

    /** One profile as the Connection step lists it. */
    record ProfileChoice(String name, String region, boolean sso, boolean needsLogin) {
        @Override
        public String toString() {
            return sso ? name + " (IAM Identity Center" + (needsLogin ? ", sign-in needed)" : ")") : name;
        }
    }
}
