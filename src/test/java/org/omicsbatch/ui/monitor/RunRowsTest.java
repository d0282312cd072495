package org.omicsbatch.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.SubmissionStatus;
import org.omicsbatch.submit.OutputSource;
import org.omicsbatch.submit.RunRow;

class RunRowsTest {
    private static RunRow row(String location, OutputSource source) {
        return new RunRow("s1", "101", SubmissionStatus.SUCCESS, RunStatus.COMPLETED, null, location, source);
    }

    @Test
    void anOutputLocationKnownOnlyFromTheBatchDefaultIsMarkedExpected() {
        assertThat(row("s3://r/101", OutputSource.EXPECTED).outputText()).isEqualTo("s3://r/101 (expected)");
        assertThat(row("s3://own/101", OutputSource.SUBMISSION).outputText()).isEqualTo("s3://own/101");
        assertThat(row("s3://own/101", OutputSource.SERVICE).outputText()).isEqualTo("s3://own/101");
        assertThat(row(null, null).outputText()).isNull();
    }

    @Test
    void copiedRowsSayHowTheirOutputLocationIsKnown() {
        assertThat(RunRows.tsvHeader()).endsWith("\toutputLocation\toutputLocationSource");
        assertThat(RunRows.toTsv(row("s3://r/101", OutputSource.EXPECTED))).endsWith("\ts3://r/101\texpected");
    }
}
