package org.omicsbatch.cli;

import java.net.URI;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import picocli.CommandLine.Option;

/** Where the AWS commands connect: a profile and region, an endpoint override, or a running sandbox. */
final class ConnectionOptions {
    @Option(names = "--sandbox", paramLabel = "URL",
            description = "A sandbox started with 'omics-batch sandbox' (signs with its fixed test identity).")
    URI sandbox;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Another HealthOmics endpoint (e.g. a VPC endpoint); no host prefix is added.")
    URI endpointUrl;

    @Option(names = "--profile", paramLabel = "P", description = "AWS profile (default: the SDK's chain).")
    String profile;

    @Option(names = "--region", paramLabel = "R", description = "AWS region (default: from the profile or AWS_REGION).")
    String region;

    @Option(names = "--proxy", paramLabel = "URL", description = "HTTPS proxy, e.g. http://proxy.example:3128.")
    URI proxy;

    ConnectionSettings settings() {
        if (sandbox != null && endpointUrl != null) {
            throw new IllegalArgumentException("give either --sandbox or --endpoint-url, not both");
        }
        if (sandbox != null) {
            return ConnectionSettings.sandbox(sandbox);
        }
        return new ConnectionSettings(profile, region, endpointUrl, proxy);
    }

    AwsSession open() {
        return AwsSession.open(settings());
    }
}
