package org.omicsbatch.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.omicsbatch.plan.UploadKeys;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files this app puts in the user's bucket: the settings file of a large batch and per-run files.
 *
 * <p>Keys are content-addressed ({@code <prefix>/<sha256>/<name>}): a retry after a crash finds the
 * object already there (HeadObject) and reuses it instead of uploading again. Large files go up in
 * parts, each part retried by the SDK, the whole cancellable (an unfinished upload is aborted so no
 * parts are billed). Every call names {@code ExpectedBucketOwner}, so a bucket that changed hands
 * is refused rather than written to.
 */
public final class S3Files {
    /** Above this size a file goes up in parts. */
    static final long MULTIPART_THRESHOLD = 16L * 1024 * 1024;
    static final long PART_SIZE = 8L * 1024 * 1024;
    static final String SHA256_METADATA = UploadKeys.SHA256_METADATA;

    private final S3Client s3;
    private final Supplier<String> expectedOwner;
    private final long multipartThreshold;
    private final long partSize;

    /** {@code expectedOwner} gives the account id that must own the bucket (null: do not check). */
    public S3Files(S3Client s3, Supplier<String> expectedOwner) {
        this(s3, expectedOwner, MULTIPART_THRESHOLD, PART_SIZE);
    }

    S3Files(S3Client s3, Supplier<String> expectedOwner, long multipartThreshold, long partSize) {
        this.s3 = s3;
        this.expectedOwner = expectedOwner;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
    }

    /** The object key a file would get under {@code prefix}: its hash, then its name. */
    public static S3Location keyFor(S3Location prefix, String sha256, String name) {
        return prefix.child(UploadKeys.contentName(sha256, name));
    }

    /**
     * Uploads {@code file} under {@code prefix} as {@code name}, or reuses the identical object a previous
     * attempt left there. Progress counts bytes.
     */
    public UploadedFile upload(Path file, S3Location prefix, String name, Progress progress) {
        try {
            progress.update(0, -1, "hashing " + file.getFileName());
            String sha256 = UploadKeys.sha256(file, progress);
            long size = Files.size(file);
            S3Location target = keyFor(prefix, sha256, name);
            Optional<HeadObjectResponse> existing = head(target);
            if (existing.isPresent() && sha256.equals(existing.get().metadata().get(SHA256_METADATA))) {
                progress.update(size, size, "already uploaded: " + target);
                return new UploadedFile(target.uri(), sha256, size, existing.get().eTag(), true);
            }
            if (size > multipartThreshold) {
                new MultipartUpload(s3, owner(), partSize).upload(file, target, size, metadata(sha256), progress);
            } else {
                putObject(file, target, size, sha256, progress);
            }
            String eTag = head(target).map(HeadObjectResponse::eTag).orElseThrow(() -> new IllegalStateException(
                    "S3 does not show " + target + " right after uploading it"));
            progress.update(size, size, "uploaded " + target);
            return new UploadedFile(target.uri(), sha256, size, eTag, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            progress.checkCancelled();
            throw e;
        }
    }

    private void putObject(Path file, S3Location target, long size, String sha256, Progress progress) {
        CountingStreams counted = new CountingStreams(file, 0, size, progress, 0, size);
        s3.putObject(r -> r.bucket(target.bucket()).key(target.key()).expectedBucketOwner(owner())
                .contentLength(size).contentType(contentType(target.key())).metadata(metadata(sha256)),
                RequestBody.fromContentProvider(counted, size, contentType(target.key())));
    }

    /** HeadObject: the object's reply, or empty when there is no such key. */
    public Optional<HeadObjectResponse> head(S3Location location) {
        try {
            return Optional.of(s3.headObject(r -> r.bucket(location.bucket()).key(location.key())
                    .expectedBucketOwner(owner())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** HeadObject without the owner check: for inputs the user reads from buckets of any account. */
    public Optional<HeadObjectResponse> headAnyOwner(S3Location location) {
        try {
            return Optional.of(s3.headObject(r -> r.bucket(location.bucket()).key(location.key())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Fails when the object is gone or its ETag changed since upload (the service would then fail the batch). */
    public void verifyUnchanged(UploadedFile file) {
        S3Location location = S3Location.require(file.uri());
        String now = head(location).map(HeadObjectResponse::eTag).orElse(null);
        if (!file.eTag().equals(now)) {
            throw new IllegalStateException(file.uri() + (now == null ? " is gone" : " changed (ETag " + now
                    + ", expected " + file.eTag() + ")") + " since it was uploaded; submit again to upload it anew.");
        }
    }

    /** Whether any object lies under a folder-like location (inputs may name a folder). */
    public boolean prefixExists(S3Location location) {
        return s3.listObjectsV2(r -> r.bucket(location.bucket()).prefix(location.key()).maxKeys(1)).keyCount() > 0;
    }

    /** Whether the bucket exists and this identity may see it (HeadBucket). */
    public void headBucket(String bucket) {
        s3.headBucket(r -> r.bucket(bucket));
    }

    public void delete(S3Location location) {
        s3.deleteObject(r -> r.bucket(location.bucket()).key(location.key()).expectedBucketOwner(owner()));
    }

    /** Reads a small object whole (settings files are read back by tests and by resubmit). */
    public InputStream open(S3Location location) {
        return s3.getObject(r -> r.bucket(location.bucket()).key(location.key()).expectedBucketOwner(owner()));
    }

    private String owner() {
        return expectedOwner == null ? null : expectedOwner.get();
    }

    private static Map<String, String> metadata(String sha256) {
        return Map.of(SHA256_METADATA, sha256);
    }

    static String contentType(String key) {
        if (key.endsWith(".json")) {
            return "application/json";
        }
        if (key.endsWith(".csv")) {
            return "text/csv";
        }
        return key.endsWith(".tsv") || key.endsWith(".txt") ? "text/plain" : "application/octet-stream";
    }
}
