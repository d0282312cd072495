package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;

/** A session on the sandbox: the SDK's omics client for the catalog (no host prefix), STS, typed errors. */
class AwsSessionAgainstSandboxTest {
    private static SandboxServer sandbox;
    private static AwsSession session;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
        session = AwsSession.open(ConnectionSettings.sandbox(sandbox.endpoint()), TestRetries.fast());
    }

    @AfterAll
    static void stop() {
        session.close();
        sandbox.close();
    }

    @Test
    void signsWithTheSandboxIdentityAndReadsTheAccountFromSts() {
        assertThat(session.isSandbox()).isTrue();
        assertThat(session.accountId()).isEqualTo(SandboxOptions.ACCOUNT_ID);
    }

    @Test
    void listsWorkflowsVersionsRunGroupsAndCachesThroughTheSdkClient() {
        assertThat(session.catalog().listWorkflows()).extracting(WorkflowSummary::id).contains("9000002");
        assertThat(session.catalog().listVersions("9000001")).extracting(WorkflowVersionSummary::versionName)
                .contains("3.14.0");
        assertThat(session.catalog().listRunGroups()).isNotEmpty();
        assertThat(session.catalog().listRunCaches()).isNotEmpty();
    }

    @Test
    void getWorkflowGivesTheParameterTemplate() {
        WorkflowDetails w = session.catalog().getWorkflow("9000002", null);

        assertThat(w.type()).isEqualTo("PRIVATE");
        assertThat(w.parameterTemplate().has("input")).isTrue();
        assertThat(w.raw().path("parameterTemplate").path("input").path("description").asText()).contains("samplesheet");
    }

    @Test
    void aMissingWorkflowIsATypedNotFoundWithAdvice() {
        assertThatThrownBy(() -> session.catalog().getWorkflow("1234", null))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.operation()).isEqualTo("GetWorkflow");
                    assertThat(e.advice()).contains("region");
                });
    }

    @Test
    void aMissingBatchIsATypedNotFoundFromTheBatchClient() {
        assertThatThrownBy(() -> session.batches().getBatch("99999"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }
}
