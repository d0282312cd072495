package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SandboxCommandTest {

    @Test
    void refusesImpossibleOptionsWithExitCode2AndNoStackTrace() {
        StringWriter err = new StringWriter();
        var cl = OmicsBatchCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("sandbox", "--speed", "0")).isEqualTo(OmicsBatchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("speed must be greater than 0").doesNotContain("at org.");
        assertThat(cl.execute("sandbox", "--fail-rate", "1.5")).isEqualTo(OmicsBatchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("fail rate must be between 0 and 1");
    }

    @Test
    void printsTheEnvironmentThatPointsTheAwsCliAtTheSandbox() {
        assertThat(SandboxCommand.environment("http://127.0.0.1:4566", "us-east-1")).contains(
                "export AWS_ENDPOINT_URL=http://127.0.0.1:4566", "export AWS_DISABLE_HOST_PREFIX_INJECTION=true",
                "export AWS_ACCESS_KEY_ID=sandbox", "export AWS_REGION=us-east-1");
    }

    @Test
    void isASubcommandOfOmicsBatch() {
        assertThat(OmicsBatchCommand.commandLine().getSubcommands()).containsKey("sandbox");
    }
}
