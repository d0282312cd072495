package org.omicsbatch.ui.monitor;

import java.net.URI;
import java.util.Objects;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.submit.Submission;

/**
 * Whether a journaled submission was made on the connection now open, so that only its batches
 * reopen in monitors: a sandbox batch id asked of an AWS account (or the reverse) is at best "not
 * found" and at worst another batch with the same number. The sandbox takes a new port at every
 * start, so any loopback endpoint counts as the sandbox; otherwise profile, region and endpoint match,
 * as the core's crash recovery requires.
 */
final class SameConnection {
    private SameConnection() {
    }

    static boolean test(Submission s, AwsSession session) {
        URI endpoint = session.settings().endpointUrl();
        String now = endpoint == null ? null : endpoint.toString();
        if (isLoopback(now) || isLoopback(s.endpoint())) {
            return isLoopback(now) && isLoopback(s.endpoint());
        }
        return Objects.equals(s.profile(), session.settings().profile()) && Objects.equals(s.region(), session.region())
                && Objects.equals(s.endpoint(), now);
    }

    private static boolean isLoopback(String endpoint) {
        if (endpoint == null) {
            return false;
        }
        String host = URI.create(endpoint).getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
