package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.omicsbatch.aws.AwsSetupException;
import org.omicsbatch.aws.ServiceErrors;
import software.amazon.awssdk.core.exception.SdkClientException;

class UserMessagesTest {

    @Test
    void anExpiredSsoSignInSaysHowToSignInWithTheProfilesName() {
        var expired = SdkClientException.create("The SSO session associated with this profile has expired or is "
                + "otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.");
        assertThat(UserMessages.describe(expired, "lab-sso")).endsWith("Run: aws sso login --profile lab-sso");
    }

    @Test
    void aServiceErrorCarriesTheCoresAdviceAndUnwrapsWrappers() {
        var denied = ServiceErrors.of("AccessDeniedException", "not authorized to perform: omics:ListWorkflows", 403,
                "req-1", "ListWorkflows");
        assertThat(UserMessages.describe(new ExecutionException(denied))).startsWith("ListWorkflows failed: "
                + "AccessDeniedException: not authorized to perform: omics:ListWorkflows — ");
    }

    @Test
    void aSetupProblemSaysWhatToDo() {
        assertThat(UserMessages.describe(new AwsSetupException("No AWS region is set", "Choose a region")))
                .isEqualTo("No AWS region is set: Choose a region");
    }

    @Test
    void anErrorWithoutAMessageIsNamedNotHidden() {
        assertThat(UserMessages.describe(new NullPointerException())).isEqualTo("Unexpected problem (NullPointerException)");
    }
}
