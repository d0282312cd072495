package org.omicsbatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3WireTest {
    private static final byte[] SETTINGS = "[{\"runSettingId\":\"s1\",\"parameters\":{\"input\":\"s3://r/a.csv\"}}]"
            .getBytes(StandardCharsets.UTF_8);
    private static SandboxServer server;
    private static SignedHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults());
        http = new SignedHttp(server.endpoint());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An aws-chunked body as the SDKs send it: signed chunks of 16 bytes, a zero chunk, then trailers. */
    static byte[] chunked(byte[] data, String trailerName, String trailerValue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String sig = ";chunk-signature=" + "ab".repeat(32) + "\r\n";
        for (int i = 0; i < data.length; i += 16) {
            int n = Math.min(16, data.length - i);
            out.writeBytes((Integer.toHexString(n) + sig).getBytes(StandardCharsets.US_ASCII));
            out.write(data, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("0" + sig).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes((trailerName + ":" + trailerValue + "\r\nx-amz-trailer-signature:" + "cd".repeat(32)
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private HttpResponse<String> putChunked(String path, byte[] body, int decodedLength) throws Exception {
        return HttpClient.newHttpClient().send(http.request("s3", "PUT", path, body,
                "x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
                "Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", Integer.toString(decodedLength),
                "x-amz-trailer", "x-amz-checksum-crc32"), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void awsChunkedUploadsAreDecodedAndTheirTrailerChecksumVerified() throws Exception {
        String crc = Checksums.compute("crc32", SETTINGS).orElseThrow();
        HttpResponse<String> put = putChunked("/chunked-bucket/settings.json", chunked(SETTINGS, "x-amz-checksum-crc32", crc),
                SETTINGS.length);
        assertThat(put.statusCode()).isEqualTo(200);
        String md5 = S3Store.md5Hex(SETTINGS);
        assertThat(put.headers().firstValue("ETag")).hasValue("\"" + md5 + "\"");
        assertThat(put.headers().firstValue("x-amz-checksum-crc32")).hasValue(crc);

        HttpResponse<String> head = http.send("s3", "HEAD", "/chunked-bucket/settings.json", null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue("\"" + md5 + "\"");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(SETTINGS.length));
        HttpResponse<String> get = http.send("s3", "GET", "/chunked-bucket/settings.json", null);
        assertThat(get.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(SETTINGS);
    }

    @Test
    void aWrongChecksumOrLengthIsRefused() throws Exception {
        HttpResponse<String> bad = putChunked("/chunked-bucket/bad.json",
                chunked(SETTINGS, "x-amz-checksum-crc32", "AAAAAA=="), SETTINGS.length);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<Code>BadDigest</Code>");
        HttpResponse<String> shortBody = putChunked("/chunked-bucket/short.json",
                chunked(SETTINGS, "x-amz-checksum-crc32", Checksums.compute("crc32", SETTINGS).orElseThrow()),
                SETTINGS.length + 1);
        assertThat(shortBody.statusCode()).isEqualTo(400);
        assertThat(http.send("s3", "HEAD", "/chunked-bucket/bad.json", null).statusCode()).isEqualTo(404);
    }

    @Test
    void expectedBucketOwnerOtherThanTheSandboxAccountIsDenied() throws Exception {
        HttpResponse<String> r = http.send("s3", "PUT", "/owned/x.txt", "hello", "x-amz-expected-bucket-owner", "111122223333");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("<Code>AccessDenied</Code>");
        assertThat(http.send("s3", "PUT", "/owned/x.txt", "hello", "x-amz-expected-bucket-owner",
                SandboxOptions.ACCOUNT_ID).statusCode()).isEqualTo(200);
    }

    @Test
    void listObjectsV2ShowsKeysAndCommonPrefixes() throws Exception {
        for (String key : new String[] {"runs/a/out.txt", "runs/b/out.txt", "runs/top.txt"}) {
            assertThat(http.send("s3", "PUT", "/listing/" + key, key).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> r = http.send("s3", "GET", "/listing?list-type=2&prefix=runs/&delimiter=/", null);
        assertThat(r.body()).contains("<Key>runs/top.txt</Key>", "<Prefix>runs/a/</Prefix>", "<Prefix>runs/b/</Prefix>",
                "<KeyCount>3</KeyCount>");
        HttpResponse<String> page = http.send("s3", "GET", "/listing?list-type=2&max-keys=2", null);
        assertThat(page.body()).contains("<IsTruncated>true</IsTruncated>", "<NextContinuationToken>");
    }

    @Test
    void strictBucketsMustBeCreatedFirst() throws Exception {
        try (SandboxServer strict = SandboxServer.start(SandboxOptions.defaults().withStrictBuckets(true))) {
            SignedHttp s = new SignedHttp(strict.endpoint());
            HttpResponse<String> missing = s.send("s3", "PUT", "/nowhere/x.txt", "x");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("NoSuchBucket");
            assertThat(s.send("s3", "PUT", "/nowhere", null).statusCode()).isEqualTo(200);
            assertThat(s.send("s3", "PUT", "/nowhere/x.txt", "x").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void deleteObjectsRemovesEveryListedKeyAndUnkeptSubresourcesAreRefused() throws Exception {
        http.send("s3", "PUT", "/cleanup/a.txt", "a");
        http.send("s3", "PUT", "/cleanup/b.txt", "b");
        HttpResponse<String> deleted = http.send("s3", "POST", "/cleanup?delete",
                "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Object><Key>a.txt</Key></Object>"
                        + "<Object><Key>b.txt</Key></Object></Delete>");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).contains("<Deleted><Key>a.txt</Key></Deleted>", "<Deleted><Key>b.txt</Key></Deleted>");
        assertThat(http.send("s3", "GET", "/cleanup?list-type=2", null).body()).contains("<KeyCount>0</KeyCount>");
        assertThat(http.send("s3", "DELETE", "/cleanup", null).statusCode()).isEqualTo(204);

        HttpResponse<String> versioning = http.send("s3", "GET", "/cleanup?versioning", null);
        assertThat(versioning.statusCode()).isEqualTo(501);
        assertThat(versioning.body()).contains("<Code>NotImplemented</Code>");
    }

    @Test
    void aPresignedGetIsRoutedByTheCredentialInItsQuery() throws Exception {
        http.send("s3", "PUT", "/presigned/report.txt", "shared");
        String query = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDSANDBOX%2F20260302%2Fus-east-1%2Fs3"
                + "%2Faws4_request&X-Amz-Date=20260302T100000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=" + "9f".repeat(32);
        HttpResponse<String> r = http.send(null, "GET", "/presigned/report.txt" + query, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("shared");
    }

    @Test
    void bucketNamesAndKeyLengthsFollowS3sRules() throws Exception {
        HttpResponse<String> upper = http.send("s3", "PUT", "/My_Bucket/x.txt", "x");
        assertThat(upper.statusCode()).isEqualTo(400);
        assertThat(upper.body()).contains("<Code>InvalidBucketName</Code>");
        HttpResponse<String> longKey = http.send("s3", "PUT", "/fine-bucket/" + "k".repeat(1025), "x");
        assertThat(longKey.body()).contains("<Code>KeyTooLongError</Code>");
    }

    @Test
    void crc64nvmeMatchesTheStandardCheckValue() {
        assertThat(Checksums.crc64nvme("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xae8b14860a799888L);
    }
}
