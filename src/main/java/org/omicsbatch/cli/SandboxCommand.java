package org.omicsbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omics-batch sandbox}: a local HealthOmics (with S3 and STS) until Ctrl+C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run a local HealthOmics service (batches, runs, workflows) with the S3 and STS parts the "
                + "app uses, on one endpoint, until Ctrl+C.",
            "Point the AWS CLI or the app at it with the environment lines it prints."})
public final class SandboxCommand implements Callable<Integer> {
    @Option(names = "--port", description = "TCP port on 127.0.0.1 (default: a free port).")
    int port;

    @Option(names = "--speed", description = "Run the simulated lifecycle X times faster (default: 1).")
    double speed = 1;

    @Option(names = "--start-rate", paramLabel = "R", description = "Runs started per second (the StartRun quota; default: 10).")
    double startRate = 10;

    @Option(names = "--throttle-rate", paramLabel = "P", description = "Share of omics calls refused with ThrottlingException (0-1).")
    double throttleRate;

    @Option(names = "--request-rate", paramLabel = "R", description = "Omics requests per second allowed per "
            + "operation, like the service's API quotas; more are refused with ThrottlingException (default: no limit).")
    double requestRate;

    @Option(names = "--fail-rate", paramLabel = "P", description = "Share of omics calls failing with InternalServerException (0-1).")
    double failRate;

    @Option(names = "--run-failure-rate", paramLabel = "P", description = "Share of runs that end FAILED (0-1).")
    double runFailureRate;

    @Option(names = "--latency", paramLabel = "MS", description = "Delay added to every reply, in milliseconds.")
    long latencyMillis;

    @Option(names = "--strict-buckets", description = "S3 buckets must be created before use, as in AWS.")
    boolean strictBuckets;

    @Option(names = "--state", paramLabel = "DIR", description = "Keep batches, runs and objects in DIR across restarts.")
    Path stateDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.defaults().withPort(port).withSpeed(speed).withStartRate(startRate)
                    .withThrottleRate(throttleRate).withFailRate(failRate).withRunFailureRate(runFailureRate)
                    .withLatency(Duration.ofMillis(latencyMillis)).withStrictBuckets(strictBuckets)
                    .withStateDir(stateDir).withRequestRate(requestRate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SandboxServer server = SandboxServer.start(options)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("HealthOmics sandbox listening on " + server.endpoint()
                    + (stateDir == null ? " (state in memory)" : " (state in " + stateDir + ")"));
            out.println("Paste these lines into another terminal to point the AWS CLI at it:");
            environment(server.endpoint().toString(), options.region()).forEach(line -> out.println("  " + line));
            out.println("Then try: aws omics list-workflows --endpoint-url " + server.endpoint());
            out.println("Press Ctrl+C to stop.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }

    /** The environment that points the AWS CLI (and SDKs) at a sandbox. */
    public static List<String> environment(String endpoint, String region) {
        return List.of("export AWS_ENDPOINT_URL=" + endpoint,
                "export AWS_ACCESS_KEY_ID=sandbox",
                "export AWS_SECRET_ACCESS_KEY=sandbox",
                "export AWS_REGION=" + region,
                "export AWS_DEFAULT_REGION=" + region,
                "export AWS_DISABLE_HOST_PREFIX_INJECTION=true");
    }
}
