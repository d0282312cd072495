package org.omicsbatch.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The S3 subset on the wire, path-style ({@code /bucket/key}): buckets, objects, ListObjectsV2 and
 * multipart uploads. {@code x-amz-expected-bucket-owner} is checked as S3 checks it: every sandbox
 * bucket belongs to the sandbox account, so any other owner gets 403 AccessDenied.
 */
final class S3Handler {
    /** Subresources the sandbox does not keep: refused rather than mistaken for a listing or an object. */
    private static final List<String> UNSUPPORTED_SUBRESOURCES = List.of("acl", "policy", "policyStatus",
            "versioning", "versions", "tagging", "lifecycle", "cors", "encryption", "website", "logging",
            "notification", "replication", "requestPayment", "accelerate", "analytics", "inventory", "metrics",
            "intelligent-tiering", "ownershipControls", "publicAccessBlock", "object-lock", "legal-hold",
            "retention", "torrent", "restore", "select", "attributes");

    /** S3's general-purpose bucket names: 3 to 63 lower-case letters, digits, dots and hyphens. */
    private static final java.util.regex.Pattern BUCKET_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final S3Store store;

    S3Handler(S3Store store) {
        this.store = store;
    }

    void handle(Exchange ex) throws IOException {
        ex.setHeader("x-amz-request-id", ex.requestId());
        ex.setHeader("x-amz-id-2", ex.requestId());
        String owner = ex.header("x-amz-expected-bucket-owner");
        if (owner != null && !owner.trim().equals(SandboxOptions.ACCOUNT_ID)) {
            throw new S3Exception("AccessDenied", 403, "Access Denied");
        }
        String path = ex.rawPath();
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String bucket = Exchange.decode(slash < 0 ? rest : rest.substring(0, slash));
        String key = slash < 0 || slash == rest.length() - 1 ? null : Exchange.decode(rest.substring(slash + 1));
        for (String sub : UNSUPPORTED_SUBRESOURCES) {
            if (ex.hasQuery(sub)) {
                throw notImplemented(ex);
            }
        }
        if (bucket.isEmpty()) {
            listBuckets(ex);
            return;
        }
        if (!BUCKET_NAME.matcher(bucket).matches() || bucket.contains("..")) {
            throw new S3Exception("InvalidBucketName", 400, "The specified bucket is not valid: " + bucket);
        }
        if (key != null && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1024) {
            throw new S3Exception("KeyTooLongError", 400, "Your key is too long (more than 1024 bytes)");
        }
        if (key == null) {
            bucketOperation(ex, bucket);
        } else {
            objectOperation(ex, bucket, key);
        }
    }

    private void listBuckets(Exchange ex) throws IOException {
        if (!ex.method().equals("GET")) {
            throw notImplemented(ex);
        }
        Map<String, Instant> buckets = store.buckets();
        List<String> names = buckets.keySet().stream().sorted().toList();
        xml(ex, 200, S3Xml.listBuckets(names, names.stream().map(buckets::get).toList()));
    }

    private void bucketOperation(Exchange ex, String bucket) throws IOException {
        switch (ex.method()) {
            case "PUT" -> {
                ex.body();
                store.createBucket(bucket, Instant.now());
                ex.setHeader("Location", "/" + bucket);
                ex.sendEmpty(200, 0);
            }
            case "HEAD" -> {
                requireBucket(bucket);
                ex.setHeader("x-amz-bucket-region", "us-east-1");
                ex.sendEmpty(200, -1);
            }
            case "GET" -> {
                if (ex.hasQuery("location")) {
                    requireBucket(bucket);
                    xml(ex, 200, S3Xml.location());
                } else {
                    xml(ex, 200, S3Listing.render(store, bucket, ex));
                }
            }
            case "DELETE" -> {
                store.deleteBucket(bucket);
                ex.sendEmpty(204, -1);
            }
            case "POST" -> {
                if (!ex.hasQuery("delete")) {
                    throw notImplemented(ex);
                }
                xml(ex, 200, S3Objects.deleteObjects(store, bucket, S3Body.read(ex).data()));
            }
            default -> throw notImplemented(ex);
        }
    }

    /** In lenient mode a bucket comes into being when first used, HeadBucket included. */
    private void requireBucket(String bucket) {
        if (!store.bucketExists(bucket)) {
            store.list(bucket, "");
            store.createBucket(bucket, Instant.now());
        }
    }

    private void objectOperation(Exchange ex, String bucket, String key) throws IOException {
        String uploadId = ex.queryParam("uploadId");
        switch (ex.method()) {
            case "PUT" -> {
                if (ex.header("x-amz-copy-source") != null) {
                    throw notImplemented(ex);
                }
                S3Body.Upload upload = S3Body.read(ex);
                upload.checksums().forEach(ex::setHeader);
                String etag;
                if (uploadId != null) {
                    etag = store.uploadPart(bucket, key, uploadId, partNumber(ex), upload.data());
                } else {
                    etag = store.put(bucket, key, upload.data(), contentType(ex),
                            S3Body.metadata(ex.headers()), Instant.now()).etag();
                }
                ex.setHeader("ETag", "\"" + etag + "\"");
                ex.sendEmpty(200, 0);
            }
            case "GET", "HEAD" -> S3Objects.get(ex, store, bucket, key);
            case "DELETE" -> {
                if (uploadId != null) {
                    store.abort(bucket, key, uploadId);
                } else {
                    store.delete(bucket, key);
                }
                ex.sendEmpty(204, -1);
            }
            case "POST" -> {
                if (ex.hasQuery("uploads")) {
                    String id = store.createUpload(bucket, key, contentType(ex), S3Body.metadata(ex.headers()));
                    xml(ex, 200, S3Xml.initiateUpload(bucket, key, id));
                } else if (uploadId != null) {
                    List<Integer> numbers = new ArrayList<>();
                    List<String> etags = new ArrayList<>();
                    S3Objects.parseCompletion(ex.body(), numbers, etags);
                    S3Store.StoredObject o = store.complete(bucket, key, uploadId, numbers, etags, Instant.now());
                    xml(ex, 200, S3Xml.completeUpload("/" + bucket + "/" + key, bucket, key, o.etag()));
                } else {
                    throw notImplemented(ex);
                }
            }
            default -> throw notImplemented(ex);
        }
    }

    private static int partNumber(Exchange ex) {
        try {
            return Integer.parseInt(ex.queryParam("partNumber"));
        } catch (NumberFormatException e) {
            throw S3Exception.invalidRequest("partNumber must be an integer");
        }
    }

    private static String contentType(Exchange ex) {
        String t = ex.header("Content-Type");
        return t == null ? "binary/octet-stream" : t;
    }

    static void xml(Exchange ex, int status, String body) throws IOException {
        ex.send(status, "application/xml", body.getBytes(StandardCharsets.UTF_8));
    }

    private static S3Exception notImplemented(Exchange ex) {
        return new S3Exception("NotImplemented", 501,
                "The sandbox's S3 does not implement " + ex.method() + " " + ex.rawPath());
    }
}
