package org.omicsbatch.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes an {@code aws-chunked} body, the framing current SDKs use for uploads: chunks of
 * {@code hex-size[;chunk-signature=…]\r\n data \r\n}, a zero-size chunk, then trailer lines such as
 * {@code x-amz-checksum-crc32:…} and {@code x-amz-trailer-signature:…}. Signatures are checked
 * for form only, like every signature the sandbox sees.
 */
final class AwsChunked {
    /** The payload and the trailers (lower-case names). */
    record Decoded(byte[] data, Map<String, String> trailers) {
    }

    private AwsChunked() {
    }

    static boolean applies(String contentSha256, String contentEncoding) {
        return (contentSha256 != null && contentSha256.startsWith("STREAMING-"))
                || (contentEncoding != null && contentEncoding.toLowerCase(Locale.ROOT).contains("aws-chunked"));
    }

    static Decoded decode(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] pos = {0};
        while (true) {
            String header = line(body, pos);
            String sizeHex = header.split(";", 2)[0].trim();
            long size;
            try {
                size = Long.parseLong(sizeHex, 16);
            } catch (NumberFormatException e) {
                throw incomplete("malformed chunk header '" + header + "'");
            }
            if (size == 0) {
                break;
            }
            if (size > body.length - pos[0]) {
                throw incomplete("chunk of " + size + " bytes runs past the end of the body");
            }
            out.write(body, pos[0], (int) size);
            pos[0] += (int) size;
            if (!line(body, pos).isEmpty()) {
                throw incomplete("chunk data not followed by CRLF");
            }
        }
        Map<String, String> trailers = new LinkedHashMap<>();
        while (pos[0] < body.length) {
            String t = line(body, pos);
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                throw incomplete("malformed trailer '" + t + "'");
            }
            trailers.put(t.substring(0, colon).trim().toLowerCase(Locale.ROOT), t.substring(colon + 1).trim());
        }
        return new Decoded(out.toByteArray(), trailers);
    }

    private static String line(byte[] body, int[] pos) {
        int start = pos[0];
        for (int i = start; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                pos[0] = i + 2;
                return new String(body, start, i - start, StandardCharsets.US_ASCII);
            }
        }
        if (start >= body.length) {
            throw incomplete("body ended before the final chunk");
        }
        pos[0] = body.length;
        return new String(body, start, body.length - start, StandardCharsets.US_ASCII).trim();
    }

    private static S3Exception incomplete(String what) {
        return new S3Exception("IncompleteBody", 400, "The aws-chunked body could not be decoded: " + what);
    }
}
