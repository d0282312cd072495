package org.omicsbatch.sandbox;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The sandbox's object storage: buckets, objects with S3's ETags (MD5 hex; for multipart uploads
 * the MD5 of the parts' MD5s followed by "-" and the part count) and multipart uploads. No HTTP here.
 */
public final class S3Store {
    /** One stored object; {@code data} is never changed after storing. */
    public record StoredObject(String key, byte[] data, String etag, Instant lastModified, String contentType,
            Map<String, String> metadata) {
    }

    record Part(int partNumber, byte[] data, String etag) {
    }

    private static final class Upload {
        final String bucket;
        final String key;
        final String contentType;
        final Map<String, String> metadata;
        final TreeMap<Integer, Part> parts = new TreeMap<>();

        Upload(String bucket, String key, String contentType, Map<String, String> metadata) {
            this.bucket = bucket;
            this.key = key;
            this.contentType = contentType;
            this.metadata = metadata;
        }
    }

    private final boolean strictBuckets;
    private final Map<String, Instant> buckets = new TreeMap<>();
    private final Map<String, TreeMap<String, StoredObject>> objects = new TreeMap<>();
    private final Map<String, Upload> uploads = new LinkedHashMap<>();

    public S3Store(boolean strictBuckets) {
        this.strictBuckets = strictBuckets;
    }

    /** CreateBucket; false when the bucket already existed (S3 in us-east-1 answers 200 either way). */
    public synchronized boolean createBucket(String bucket, Instant now) {
        if (buckets.containsKey(bucket)) {
            return false;
        }
        buckets.put(bucket, now);
        objects.put(bucket, new TreeMap<>());
        return true;
    }

    /** DeleteBucket: only an empty bucket can go. */
    public synchronized void deleteBucket(String bucket) {
        if (!readable(bucket).isEmpty()) {
            throw new S3Exception("BucketNotEmpty", 409, "The bucket you tried to delete is not empty");
        }
        buckets.remove(bucket);
        objects.remove(bucket);
    }

    public synchronized boolean bucketExists(String bucket) {
        return buckets.containsKey(bucket);
    }

    public synchronized Map<String, Instant> buckets() {
        return Map.copyOf(buckets);
    }

    /**
     * The bucket's objects, creating the bucket on first use unless buckets are strict. The
     * sandbox has no console to create buckets in, so lenient is its default.
     */
    private TreeMap<String, StoredObject> bucket(String bucket, boolean create) {
        TreeMap<String, StoredObject> b = objects.get(bucket);
        if (b == null) {
            if (strictBuckets || !create) {
                throw S3Exception.noSuchBucket(bucket);
            }
            createBucket(bucket, Instant.now());
            b = objects.get(bucket);
        }
        return b;
    }

    public synchronized StoredObject put(String bucket, String key, byte[] data, String contentType,
            Map<String, String> metadata, Instant now) {
        StoredObject o = new StoredObject(key, data, md5Hex(data), now, contentType, Map.copyOf(metadata));
        bucket(bucket, true).put(key, o);
        return o;
    }

    public synchronized Optional<StoredObject> get(String bucket, String key) {
        return Optional.ofNullable(readable(bucket).get(key));
    }

    public synchronized void delete(String bucket, String key) {
        readable(bucket).remove(key);
    }

    /** Objects of a bucket whose keys start with prefix, in key order (an unknown lenient bucket is empty). */
    public synchronized List<StoredObject> list(String bucket, String prefix) {
        String p = prefix == null ? "" : prefix;
        return readable(bucket).tailMap(p, true).values().stream().takeWhile(o -> o.key().startsWith(p)).toList();
    }

    /** A bucket to read from: a bucket not yet used reads as empty, unless buckets are strict. */
    private TreeMap<String, StoredObject> readable(String bucket) {
        TreeMap<String, StoredObject> b = objects.get(bucket);
        if (b == null && strictBuckets) {
            throw S3Exception.noSuchBucket(bucket);
        }
        return b == null ? new TreeMap<>() : b;
    }

    public synchronized String createUpload(String bucket, String key, String contentType,
            Map<String, String> metadata) {
        bucket(bucket, true);
        String id = UUID.randomUUID().toString().replace("-", "");
        uploads.put(id, new Upload(bucket, key, contentType, Map.copyOf(metadata)));
        return id;
    }

    public synchronized String uploadPart(String bucket, String key, String uploadId, int partNumber, byte[] data) {
        Upload u = upload(bucket, key, uploadId);
        if (partNumber < 1 || partNumber > 10000) {
            throw S3Exception.invalidRequest("Part number must be an integer between 1 and 10000, inclusive");
        }
        Part p = new Part(partNumber, data, md5Hex(data));
        u.parts.put(partNumber, p);
        return p.etag();
    }

    /** CompleteMultipartUpload with the client's list of (part number, ETag), in ascending order. */
    public synchronized StoredObject complete(String bucket, String key, String uploadId, List<Integer> partNumbers,
            List<String> etags, Instant now) {
        Upload u = upload(bucket, key, uploadId);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream md5s = new ByteArrayOutputStream();
        int previous = 0;
        for (int i = 0; i < partNumbers.size(); i++) {
            int n = partNumbers.get(i);
            Part p = u.parts.get(n);
            if (n <= previous) {
                throw new S3Exception("InvalidPartOrder", 400, "The list of parts was not in ascending order.");
            }
            if (p == null || !unquote(etags.get(i)).equals(p.etag())) {
                throw new S3Exception("InvalidPart", 400, "One or more of the specified parts could not be found.");
            }
            previous = n;
            all.writeBytes(p.data());
            md5s.writeBytes(HexFormat.of().parseHex(p.etag()));
        }
        if (partNumbers.isEmpty()) {
            throw new S3Exception("MalformedXML", 400, "The XML you provided was not well-formed.");
        }
        String etag = md5Hex(md5s.toByteArray()) + "-" + partNumbers.size();
        StoredObject o = new StoredObject(key, all.toByteArray(), etag, now, u.contentType, u.metadata);
        bucket(bucket, true).put(key, o);
        uploads.remove(uploadId);
        return o;
    }

    public synchronized void abort(String bucket, String key, String uploadId) {
        upload(bucket, key, uploadId);
        uploads.remove(uploadId);
    }

    private Upload upload(String bucket, String key, String uploadId) {
        Upload u = uploads.get(uploadId);
        if (u == null || !u.bucket.equals(bucket) || !u.key.equals(key)) {
            throw new S3Exception("NoSuchUpload", 404, "The specified upload does not exist.");
        }
        return u;
    }

    /** Everything stored, for persistence. */
    synchronized List<Map.Entry<String, StoredObject>> allObjects() {
        List<Map.Entry<String, StoredObject>> all = new ArrayList<>();
        objects.forEach((b, os) -> os.values().forEach(o -> all.add(Map.entry(b, o))));
        return all;
    }

    synchronized void restore(String bucket, Instant created, List<StoredObject> stored) {
        buckets.put(bucket, created);
        TreeMap<String, StoredObject> b = objects.computeIfAbsent(bucket, k -> new TreeMap<>());
        stored.forEach(o -> b.put(o.key(), o));
    }

    static String unquote(String etag) {
        String e = etag == null ? "" : etag.trim();
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }

    static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
