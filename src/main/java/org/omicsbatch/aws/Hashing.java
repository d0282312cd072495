package org.omicsbatch.aws;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.omicsbatch.plan.UploadKeys;
import org.omicsbatch.task.Progress;

/** SHA-256 of a file, streamed (settings files reach gigabytes), cancellable. */
public final class Hashing {
    private Hashing() {
    }

    /** The content hash of {@link UploadKeys}, the one rule for content-addressed keys. */
    public static String sha256(Path file, Progress progress) throws IOException {
        return UploadKeys.sha256(file, progress);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
