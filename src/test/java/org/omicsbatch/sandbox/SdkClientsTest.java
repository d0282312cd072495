package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.omics.OmicsClient;
import software.amazon.awssdk.services.omics.model.WorkflowType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS SDK for Java v2, configured the way a user would point it at the sandbox, must not tell
 * it from the real services (its default checksums make every upload aws-chunked with a trailer).
 */
class SdkClientsTest {
    private static SandboxServer server;
    private static S3Client s3;
    private static final List<String> CONTENT_SHA256 = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults());
        s3 = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClient(ApacheHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        context.httpRequest().firstMatchingHeader("x-amz-content-sha256").ifPresent(CONTENT_SHA256::add);
                    }
                })).build();
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));
    }

    @Test
    void putObjectWithDefaultChecksumsThenHeadObjectGivesTheMd5ETag() {
        byte[] data = "[{\"runSettingId\":\"s1\"}]".getBytes(StandardCharsets.UTF_8);
        String etag = s3.putObject(b -> b.bucket("sdk-bucket").key("settings/run-settings.json")
                .expectedBucketOwner(SandboxOptions.ACCOUNT_ID), RequestBody.fromBytes(data)).eTag();
        assertThat(etag).isEqualTo("\"" + S3Store.md5Hex(data) + "\"");
        assertThat(CONTENT_SHA256).as("the SDK sent an aws-chunked body").anyMatch(v -> v.startsWith("STREAMING-"));
        var head = s3.headObject(b -> b.bucket("sdk-bucket").key("settings/run-settings.json"));
        assertThat(head.eTag()).isEqualTo(etag);
        assertThat(head.contentLength()).isEqualTo(data.length);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("sdk-bucket").key("settings/run-settings.json")).asByteArray())
                .isEqualTo(data);
        assertThat(s3.listObjectsV2(b -> b.bucket("sdk-bucket").prefix("settings/")).contents()).hasSize(1);
    }

    @Test
    void aWrongExpectedBucketOwnerIsA403() {
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("sdk-bucket").key("any").expectedBucketOwner("111122223333")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    @Test
    void multipartUploadGivesTheMultipartETag() {
        byte[] part1 = new byte[5 * 1024 * 1024];
        byte[] part2 = "tail".getBytes(StandardCharsets.UTF_8);
        String id = s3.createMultipartUpload(b -> b.bucket("sdk-bucket").key("big.json")).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        byte[][] bodies = {part1, part2};
        for (int i = 0; i < 2; i++) {
            int n = i + 1;
            String etag = s3.uploadPart(b -> b.bucket("sdk-bucket").key("big.json").uploadId(id).partNumber(n),
                    RequestBody.fromBytes(bodies[i])).eTag();
            parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
        }
        String etag = s3.completeMultipartUpload(b -> b.bucket("sdk-bucket").key("big.json").uploadId(id)
                .multipartUpload(m -> m.parts(parts))).eTag();
        String expected = S3Store.md5Hex(concat(hex(S3Store.md5Hex(part1)), hex(S3Store.md5Hex(part2)))) + "-2";
        assertThat(etag).isEqualTo("\"" + expected + "\"");
        assertThat(s3.headObject(b -> b.bucket("sdk-bucket").key("big.json")).contentLength())
                .isEqualTo(part1.length + part2.length);

        String aborted = s3.createMultipartUpload(b -> b.bucket("sdk-bucket").key("never.json")).uploadId();
        s3.abortMultipartUpload(b -> b.bucket("sdk-bucket").key("never.json").uploadId(aborted));
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("sdk-bucket").key("never.json")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void omicsClientReadsTheCatalogAndStsTellsTheAccount() {
        try (OmicsClient omics = OmicsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClient(ApacheHttpClient.create())
                .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
                StsClient sts = StsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                        .credentialsProvider(credentials()).httpClient(ApacheHttpClient.create()).build()) {
            assertThat(omics.listWorkflows(b -> b.type(WorkflowType.PRIVATE)).items()).hasSize(3);
            var workflow = omics.getWorkflow(b -> b.id(Catalog.GATK_FQ2BAM_ID));
            assertThat(workflow.parameterTemplate()).containsKeys("sample_name", "fastq_pairs");
            assertThat(workflow.creationTime()).isNotNull();
            assertThat(omics.listRunGroups(b -> { }).items()).hasSize(1);
            assertThat(omics.listRunCaches(b -> { }).items().get(0).id()).isEqualTo(Catalog.RUN_CACHE_ID);
            assertThat(omics.listWorkflowVersions(b -> b.workflowId(Catalog.RNASEQ_ID)).items()).hasSize(2);
            assertThat(sts.getCallerIdentity().account()).isEqualTo(SandboxOptions.ACCOUNT_ID);
        }
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
