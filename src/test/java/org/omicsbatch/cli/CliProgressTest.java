package org.omicsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.omicsbatch.task.Progress;

class CliProgressTest {

    @Test
    void callsWithoutATerminalPrintTheFirstAndLastLineAndThinTheRest() {
        StringWriter err = new StringWriter();
        Progress progress = CliProgress.forCalls(new PrintWriter(err));
        for (int done = 1; done <= 500; done++) {
            progress.update(done, 500, "checking inputs");
        }
        String[] lines = err.toString().split("\n");
        assertThat(lines[0]).isEqualTo("checking inputs: 1 of 500");
        assertThat(lines[lines.length - 1]).isEqualTo("checking inputs: 500 of 500");
        assertThat(lines.length).isLessThan(50);
    }

    @Test
    void aNewStageIsPrintedAtOnce() {
        StringWriter err = new StringWriter();
        Progress progress = CliProgress.forCalls(new PrintWriter(err));
        progress.update(1, 10, "uploading");
        progress.update(0, 0, "starting the batch");
        assertThat(err.toString()).isEqualTo("uploading: 1 of 10\nstarting the batch\n");
    }

    @Test
    void localWorkIsSilentWhenNobodyWatches() {
        StringWriter err = new StringWriter();
        // Tests run without a console, as scripts and pipes do.
        CliProgress.forTerminal(new PrintWriter(err)).update(5000, 10000, "validating");
        assertThat(err.toString()).isEmpty();
    }
}
