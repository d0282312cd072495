package org.omicsbatch.aws;

/**
 * A file in S3 as this app put it there: where, its content hash (which is also part of its key),
 * size and the ETag HeadObject reported, so a later check can tell that it did not change.
 *
 * @param reused true when an identical object was already there (a retry after a crash)
 */
public record UploadedFile(String uri, String sha256, long size, String eTag, boolean reused) {
}
