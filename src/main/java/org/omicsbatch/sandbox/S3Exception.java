package org.omicsbatch.sandbox;

/** An S3 error as S3 sends it: an error code such as {@code NoSuchKey}, its HTTP status and a message. */
public final class S3Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    public S3Exception(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    static S3Exception noSuchBucket(String bucket) {
        return new S3Exception("NoSuchBucket", 404, "The specified bucket does not exist: " + bucket);
    }

    static S3Exception noSuchKey(String key) {
        return new S3Exception("NoSuchKey", 404, "The specified key does not exist: " + key);
    }

    static S3Exception badDigest(String what) {
        return new S3Exception("BadDigest", 400, "The " + what + " you specified did not match the calculated checksum.");
    }

    static S3Exception invalidRequest(String message) {
        return new S3Exception("InvalidRequest", 400, message);
    }
}
