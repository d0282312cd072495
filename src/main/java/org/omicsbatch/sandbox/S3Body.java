package org.omicsbatch.sandbox;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bytes an upload carries, as S3 stores them: aws-chunked framing removed, the decoded length
 * checked against {@code x-amz-decoded-content-length}, and every checksum the client sent (header
 * or trailer, and {@code Content-MD5}) verified.
 */
final class S3Body {
    /** The stored bytes and the verified checksums to echo ({@code x-amz-checksum-…} → base64). */
    record Upload(byte[] data, Map<String, String> checksums) {
    }

    private S3Body() {
    }

    static Upload read(Exchange ex) throws IOException {
        byte[] raw = ex.body();
        Map<String, String> sent = new LinkedHashMap<>();
        byte[] data = raw;
        if (AwsChunked.applies(ex.header("x-amz-content-sha256"), ex.header("Content-Encoding"))) {
            AwsChunked.Decoded decoded = AwsChunked.decode(raw);
            data = decoded.data();
            decoded.trailers().forEach((k, v) -> {
                if (k.startsWith("x-amz-checksum-")) {
                    sent.put(k, v);
                }
            });
            String declared = ex.header("x-amz-decoded-content-length");
            if (declared != null && !declared.trim().equals(Long.toString(data.length))) {
                throw new S3Exception("IncompleteBody", 400, "You did not provide the number of bytes specified by "
                        + "x-amz-decoded-content-length (" + declared.trim() + "), got " + data.length);
            }
        }
        for (String algorithm : Checksums.ALGORITHMS) {
            String header = ex.header("x-amz-checksum-" + algorithm);
            if (header != null) {
                sent.put("x-amz-checksum-" + algorithm, header.trim());
            }
        }
        verify(sent, data);
        String md5 = ex.header("Content-MD5");
        if (md5 != null && !md5.trim().equals(Base64.getEncoder().encodeToString(Checksums.digest("MD5", data)))) {
            throw new S3Exception("BadDigest", 400, "The Content-MD5 you specified did not match what we received.");
        }
        return new Upload(data, sent);
    }

    private static void verify(Map<String, String> sent, byte[] data) {
        for (var e : sent.entrySet()) {
            String algorithm = e.getKey().substring("x-amz-checksum-".length());
            String expected = Checksums.compute(algorithm, data).orElseThrow(() -> S3Exception.invalidRequest(
                    "Unsupported checksum algorithm: " + algorithm));
            if (!expected.equals(e.getValue())) {
                throw S3Exception.badDigest(algorithm.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** The {@code x-amz-meta-*} headers of a request, by name without the prefix. */
    static Map<String, String> metadata(com.sun.net.httpserver.Headers headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (name.startsWith("x-amz-meta-") && !v.isEmpty()) {
                out.put(name.substring("x-amz-meta-".length()), v.get(0));
            }
        });
        return out;
    }
}
