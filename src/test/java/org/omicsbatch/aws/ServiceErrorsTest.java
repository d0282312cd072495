package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class ServiceErrorsTest {
    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsANamespacedTypeFromTheBodyWhenTheHeaderIsMissing() {
        OmicsServiceException e = ServiceErrors.fromReply("DeleteBatch", 409, null, "rid",
                json("{\"__type\":\"com.amazonaws.omics#ConflictException\",\"Message\":\"busy\"}"));

        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.serviceMessage()).isEqualTo("busy");
        assertThat(e.describe()).isEqualTo("DeleteBatch failed: ConflictException: busy — " + e.advice()
                + " (request id rid)");
    }

    @Test
    void aQuotaErrorSaysWhatToRaiseOrWaitFor() {
        OmicsServiceException e = ServiceErrors.fromReply("StartRunBatch", 402, "ServiceQuotaExceededException",
                null, json("{\"message\":\"Too many active batches\"}"));

        assertThat(e).isInstanceOf(ServiceQuotaExceededException.class);
        assertThat(e.advice()).contains("Service Quotas");
    }

    @Test
    void aReplyThatIsNotJsonStillGivesATypedError() {
        OmicsServiceException e = ServiceErrors.fromReply("GetBatch", 503, null, null, json("<html>gateway</html>"));

        assertThat(e).isInstanceOf(InternalServerException.class);
        assertThat(e.serviceMessage()).isEqualTo("HTTP 503");
        assertThat(e.isThrottlingException()).isFalse();
    }

    @Test
    void anExpiredSsoSignInAdvisesTheLoginCommandForTheProfile() {
        SdkClientException e = SdkClientException.create("The SSO session associated with this profile has expired "
                + "or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.");

        assertThat(AwsErrors.describe(e, "research")).endsWith("Run: aws sso login --profile research");
    }
}
