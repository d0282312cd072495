package org.omicsbatch.aws;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One multipart upload with the sync client: create, upload each part (the SDK retries a part),
 * complete. Any failure or a cancel aborts the upload so S3 keeps no orphaned parts.
 */
final class MultipartUpload {
    /** S3 allows at most 10,000 parts: larger files get larger parts. */
    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String owner;
    private final long minPartSize;

    MultipartUpload(S3Client s3, String owner, long minPartSize) {
        this.s3 = s3;
        this.owner = owner;
        this.minPartSize = minPartSize;
    }

    void upload(Path file, S3Location target, long size, Map<String, String> metadata, Progress progress) {
        long partSize = Math.max(minPartSize, (size + MAX_PARTS - 1) / MAX_PARTS);
        String uploadId = s3.createMultipartUpload(r -> r.bucket(target.bucket()).key(target.key())
                .expectedBucketOwner(owner).metadata(metadata).contentType(S3Files.contentType(target.key())))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0, number = 1; offset < size; offset += partSize, number++) {
                progress.checkCancelled();
                long length = Math.min(partSize, size - offset);
                int partNumber = (int) number;
                CountingStreams body = new CountingStreams(file, offset, length, progress, offset, size);
                String eTag = s3.uploadPart(r -> r.bucket(target.bucket()).key(target.key()).uploadId(uploadId)
                        .partNumber(partNumber).contentLength(length).expectedBucketOwner(owner),
                        RequestBody.fromContentProvider(body, length, "application/octet-stream")).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(eTag).build());
            }
            progress.checkCancelled();
            s3.completeMultipartUpload(r -> r.bucket(target.bucket()).key(target.key()).uploadId(uploadId)
                    .expectedBucketOwner(owner).multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException failure) {
            abort(target, uploadId, failure);
            throw failure;
        }
    }

    private void abort(S3Location target, String uploadId, RuntimeException cause) {
        try {
            s3.abortMultipartUpload(r -> r.bucket(target.bucket()).key(target.key()).uploadId(uploadId)
                    .expectedBucketOwner(owner));
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }
}
