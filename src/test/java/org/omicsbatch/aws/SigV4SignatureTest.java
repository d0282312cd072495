package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

class SigV4SignatureTest {
    /** The AWS SigV4 test suite's credentials (published with the suite; not a real key). */
    private static final AwsBasicCredentials SUITE = AwsBasicCredentials.create("AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static final Clock AT_20150830T123600Z = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);

    @Test
    void signsTheTestSuitesGetVanillaVectorLikeItsPublishedSignature() throws Exception {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                .uri(URI.create("https://example.amazonaws.com/")).build();

        SignedRequest signed = new RequestSigner("service", "us-east-1", AT_20150830T123600Z)
                .sign(request, null, SUITE);

        String independent = SigV4Reference.signature("GET", "/", "",
                Map.of("host", "example.amazonaws.com", "x-amz-date", "20150830T123600Z"), new byte[0],
                "20150830T123600Z", "us-east-1", "service", SUITE.secretAccessKey());
        // The value published with the suite's get-vanilla.authz: the reference computation is right.
        assertThat(independent).isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");

        // The SDK signer also signs the payload hash header it adds; same vector, one header more.
        String emptyHash = SigV4Reference.hex(SigV4Reference.sha256(new byte[0]));
        assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256")).contains(emptyHash);
        String withPayloadHeader = SigV4Reference.signature("GET", "/", "",
                Map.of("host", "example.amazonaws.com", "x-amz-date", "20150830T123600Z",
                        "x-amz-content-sha256", emptyHash), new byte[0],
                "20150830T123600Z", "us-east-1", "service", SUITE.secretAccessKey());
        assertThat(signed.request().firstMatchingHeader("Authorization")).contains(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + withPayloadHeader);
    }

    @Test
    void signsABatchRequestWithTheOmicsScopeOverItsBody() throws Exception {
        byte[] body = "{\"batchId\":\"1234567\"}".getBytes();
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create("https://workflows-omics.eu-west-1.amazonaws.com/runBatch/cancel"))
                .putHeader("Content-Type", "application/json").putHeader("Content-Length", "" + body.length).build();

        SignedRequest signed = new RequestSigner("omics", "eu-west-1", AT_20150830T123600Z).sign(request, body, SUITE);

        String expected = SigV4Reference.signature("POST", "/runBatch/cancel", "",
                Map.of("content-length", "" + body.length, "content-type", "application/json",
                        "host", "workflows-omics.eu-west-1.amazonaws.com", "x-amz-date", "20150830T123600Z",
                        "x-amz-content-sha256", SigV4Reference.hex(SigV4Reference.sha256(body))),
                body, "20150830T123600Z", "eu-west-1", "omics", SUITE.secretAccessKey());
        assertThat(signed.request().firstMatchingHeader("Authorization").orElseThrow())
                .contains("Credential=AKIDEXAMPLE/20150830/eu-west-1/omics/aws4_request")
                .endsWith("Signature=" + expected);
    }
}
