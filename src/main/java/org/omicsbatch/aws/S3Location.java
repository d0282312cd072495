package org.omicsbatch.aws;

import java.util.Optional;
import org.omicsbatch.plan.UploadKeys;

/** An {@code s3://bucket/key} address. */
public record S3Location(String bucket, String key) {

    /** The location, or empty when the text is not an s3:// URI with a bucket. */
    public static Optional<S3Location> parse(String uri) {
        if (uri == null || !uri.startsWith("s3://")) {
            return Optional.empty();
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        return bucket.isBlank() ? Optional.empty() : Optional.of(new S3Location(bucket, key));
    }

    public static S3Location require(String uri) {
        return parse(uri).orElseThrow(() -> new IllegalArgumentException(
                "\"" + uri + "\" is not an S3 location; write it as s3://bucket/prefix"));
    }

    /** This location as a folder with {@code name} below it. */
    public S3Location child(String name) {
        return new S3Location(bucket, UploadKeys.child(key, name));
    }

    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public String toString() {
        return uri();
    }
}
