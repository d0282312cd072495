package org.omicsbatch.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.omicsbatch.aws.ServiceErrors;

class ErrorTextTest {

    @Test
    void aServiceErrorSaysWhichCallFailedWhyAndWhatToDo() {
        var denied = ServiceErrors.of("AccessDeniedException", "User: arn:aws:sts::123456789012:assumed-role/x is not"
                + " authorized to perform: omics:StartRunBatch on resource: *", 403, "req-9", "StartRunBatch");

        assertThat(ErrorText.plain(denied)).startsWith("StartRunBatch failed: User: arn:aws:sts");
        assertThat(ErrorText.advice(denied)).isEqualTo("Ask your AWS administrator to allow omics:StartRunBatch for"
                + " your role, or choose another profile. (request id req-9)");
    }

    @Test
    void throttlingAdvisesToWait() {
        var throttled = ServiceErrors.of("ThrottlingException", "Rate exceeded", 429, null, "GetBatch");
        assertThat(ErrorText.withAdvice(throttled)).isEqualTo("GetBatch failed: Rate exceeded. AWS is limiting the"
                + " request rate; wait a minute and try again (retries were already made).");
    }

    @Test
    void anErrorWithoutMessageIsNamedInWords() {
        assertThat(ErrorText.plain(new NullPointerException())).isEqualTo("null pointer exception.");
        assertThat(ErrorText.advice(new NullPointerException())).isEmpty();
    }
}
