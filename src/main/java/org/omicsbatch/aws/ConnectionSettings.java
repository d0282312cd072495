package org.omicsbatch.aws;

import java.net.URI;

/**
 * Where and as whom to connect. Credentials are never held here: the SDK's chains (environment,
 * profiles, IAM Identity Center, instance roles) own them; this names only the profile to use.
 *
 * @param profile     AWS profile name, or null for the default chain
 * @param region      region name, or null for the region chain
 * @param endpointUrl an endpoint override (sandbox, VPC endpoint), or null for the service's own
 * @param proxyUrl    an HTTPS proxy, or null
 */
public record ConnectionSettings(String profile, String region, URI endpointUrl, URI proxyUrl) {

    /** The built-in sandbox (or any local endpoint): fixed dummy identity, no host prefix. */
    /** Whether an endpoint is on this machine (the sandbox, which takes a new port at every start). */
    public static boolean isLoopback(URI uri) {
        String host = uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    public static ConnectionSettings sandbox(URI endpoint) {
        return new ConnectionSettings(null, "us-east-1", endpoint, null);
    }

    public boolean hasEndpointOverride() {
        return endpointUrl != null;
    }
}
