package org.omicsbatch.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.omicsbatch.task.Progress;

/**
 * Where uploaded files go under an upload location (the draft's settingsUri): one rule for the
 * submission, which uploads them, and for a render, which names them before anyone has uploaded
 * anything. Keys are content-addressed ({@code <folder>/<sha256>/<name>}), so the same bytes always
 * get the same key and a render can know it offline.
 */
public final class UploadKeys {
    /** The sub-folder of the upload location that {@code file:} parameter values go to. */
    public static final String LOCAL_FILES_FOLDER = "files";
    /** User metadata holding an object's hash, so a later upload of the same bytes is skipped. */
    public static final String SHA256_METADATA = "omics-batch-sha256";

    private UploadKeys() {
    }

    /** {@code name} inside {@code folder} (a key or an s3:// URI), with exactly one slash between. */
    public static String child(String folder, String name) {
        String base = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        return base + name;
    }

    /** The content-addressed object name of a file below its folder: its hash, then its name. */
    public static String contentName(String sha256, String name) {
        return sha256 + "/" + name;
    }

    /** The s3:// URI a local file of this content and name gets when uploaded for {@code uploadLocation}. */
    public static String localFileUri(String uploadLocation, String sha256, String name) {
        return child(child(uploadLocation, LOCAL_FILES_FOLDER), contentName(sha256, name));
    }

    /**
     * Whether a draft's upload location ({@code settingsUri}) can be used: {@code s3://bucket/prefix/}.
     * The one rule for the settings file's folder and for local files' uploads.
     */
    public static boolean isUploadLocation(String uri) {
        return uri != null && uri.startsWith("s3://") && uri.length() > "s3://".length();
    }

    /** The hash that addresses a file's content: SHA-256 in lower-case hex, streamed, cancellable. */
    public static String sha256(Path file, Progress progress) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                progress.checkCancelled();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
