package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRateTest {

    @Test
    void eachOperationHasABucketOfOneSecondsWorthThatRefillsAtTheRate() {
        RequestRate rate = new RequestRate(5);
        long t = 1_000_000_000L;
        for (int i = 0; i < 5; i++) {
            assertThat(rate.admit("ListRuns", t)).isTrue();
        }
        assertThat(rate.admit("ListRuns", t)).isFalse();
        assertThat(rate.admit("GetBatch", t)).as("another operation, another quota").isTrue();
        assertThat(rate.admit("ListRuns", t + 200_000_000L)).as("a fifth of a second refills one").isTrue();
        assertThat(rate.admit("ListRuns", t + 200_000_000L)).isFalse();
        assertThat(rate.refused()).isEqualTo(2);
    }

    @Test
    void requestsBeyondTheRateAreAnsweredWithThrottlingException() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withRequestRate(3))) {
            SignedHttp http = new SignedHttp(server.endpoint());
            List<HttpResponse<String>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(http.omics("GET", "/runBatch", null));
            }
            List<Integer> statuses = replies.stream().map(HttpResponse::statusCode).toList();
            assertThat(statuses.subList(0, 3)).containsOnly(200);
            assertThat(statuses).contains(429);
            HttpResponse<String> refused = replies.get(statuses.indexOf(429));
            assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("ThrottlingException");
            assertThat(refused.body()).contains("ListBatch is limited to 3.0 requests per second");
            assertThat(server.throttledByRequestRate()).isEqualTo(statuses.stream().filter(s -> s == 429).count());
            assertThat(http.omics("GET", "/workflow", null).statusCode()).as("ListWorkflows has its own").isEqualTo(200);
        }
    }

    @Test
    void withoutARequestRateNothingIsRefused() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults())) {
            SignedHttp http = new SignedHttp(server.endpoint());
            for (int i = 0; i < 30; i++) {
                assertThat(http.omics("GET", "/runBatch", null).statusCode()).isEqualTo(200);
            }
            assertThat(server.throttledByRequestRate()).isZero();
        }
    }
}
