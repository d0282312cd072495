package org.omicsbatch.sandbox;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The checksums S3 verifies ({@code x-amz-checksum-<algorithm>}: base64 of the big-endian value).
 * CRC64NVME is not in the JDK, so it is computed here (reflected polynomial 0x9a6c9329ac4bc9b5).
 */
final class Checksums {
    static final String[] ALGORITHMS = {"crc32", "crc32c", "crc64nvme", "sha1", "sha256"};

    private static final long CRC64NVME_POLY = 0x9a6c9329ac4bc9b5L;
    private static final long[] CRC64_TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ CRC64NVME_POLY : crc >>> 1;
            }
            CRC64_TABLE[i] = crc;
        }
    }

    private Checksums() {
    }

    /** The base64 checksum of data for an algorithm name ({@code crc32}, …), or empty when unknown. */
    static Optional<String> compute(String algorithm, byte[] data) {
        byte[] value = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "crc32" -> {
                CRC32 c = new CRC32();
                c.update(data);
                yield ByteBuffer.allocate(4).putInt((int) c.getValue()).array();
            }
            case "crc32c" -> {
                CRC32C c = new CRC32C();
                c.update(data);
                yield ByteBuffer.allocate(4).putInt((int) c.getValue()).array();
            }
            case "crc64nvme" -> ByteBuffer.allocate(8).putLong(crc64nvme(data)).array();
            case "sha1" -> digest("SHA-1", data);
            case "sha256" -> digest("SHA-256", data);
            default -> null;
        };
        return Optional.ofNullable(value).map(v -> Base64.getEncoder().encodeToString(v));
    }

    static long crc64nvme(byte[] data) {
        long crc = ~0L;
        for (byte b : data) {
            crc = CRC64_TABLE[(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
        }
        return ~crc;
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
