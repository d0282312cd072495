package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Json;

/** Which connection a journaled submission belongs to: the one rule for crash recovery and reopened monitors. */
class SubmissionMadeOnTest {
    private static Submission madeOn(String profile, String region, String endpoint) throws Exception {
        var json = Json.mapper().createObjectNode().put("submissionId", "sub-1").put("profile", profile)
                .put("region", region).put("endpoint", endpoint);
        return Json.mapper().treeToValue(json, Submission.class);
    }

    @Test
    void aSandboxSubmissionBelongsToTheSandboxWhateverPortItTakesNext() throws Exception {
        Submission s = madeOn(null, "us-east-1", "http://127.0.0.1:41234");
        assertThat(s.madeOn(null, "us-east-1", "http://127.0.0.1:39999")).isTrue();
        assertThat(s.madeOn(null, "us-east-1", "http://localhost:39999")).isTrue();
        assertThat(s.madeOn("lab", "us-east-1", null)).as("an AWS account").isFalse();
    }

    @Test
    void anAccountSubmissionNeedsTheSameProfileRegionAndEndpoint() throws Exception {
        Submission s = madeOn("lab", "eu-west-1", null);
        assertThat(s.madeOn("lab", "eu-west-1", null)).isTrue();
        assertThat(s.madeOn("lab", "us-east-1", null)).isFalse();
        assertThat(s.madeOn("other", "eu-west-1", null)).isFalse();
        assertThat(s.madeOn(null, "eu-west-1", "http://127.0.0.1:4000")).as("the sandbox").isFalse();
    }
}
