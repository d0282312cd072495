package org.omicsbatch.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ListObjectsV2 (and the older ListObjects, for clients that still send it): prefix, delimiter
 * with common prefixes, max-keys, continuation token and start-after. Keys are sent unencoded and
 * without {@code EncodingType}, which every client reads as plain keys.
 */
final class S3Listing {
    private S3Listing() {
    }

    static String render(S3Store store, String bucket, Exchange ex) {
        boolean v2 = "2".equals(ex.queryParam("list-type"));
        String prefix = orEmpty(ex.queryParam("prefix"));
        String delimiter = ex.queryParam("delimiter");
        int maxKeys = maxKeys(ex.queryParam("max-keys"));
        String token = ex.queryParam("continuation-token");
        String after = v2 ? (token != null ? decode(token) : ex.queryParam("start-after")) : ex.queryParam("marker");
        List<S3Store.StoredObject> all = store.list(bucket, prefix);
        StringBuilder contents = new StringBuilder();
        Set<String> prefixes = new LinkedHashSet<>();
        int count = 0;
        String lastKey = null;
        boolean truncated = false;
        for (S3Store.StoredObject o : all) {
            if (after != null && o.key().compareTo(after) <= 0) {
                continue;
            }
            String common = commonPrefix(o.key(), prefix, delimiter);
            if (common != null && prefixes.contains(common)) {
                continue;
            }
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            if (common != null) {
                prefixes.add(common);
            } else {
                contents.append(S3Xml.contents(o));
            }
            lastKey = common != null ? common : o.key();
            count++;
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"")
                .append(S3Xml.NS).append("\"><Name>").append(S3Xml.esc(bucket)).append("</Name><Prefix>")
                .append(S3Xml.esc(prefix)).append("</Prefix>");
        if (v2) {
            sb.append("<KeyCount>").append(count).append("</KeyCount>");
            if (token != null) {
                sb.append("<ContinuationToken>").append(S3Xml.esc(token)).append("</ContinuationToken>");
            }
            if (truncated) {
                sb.append("<NextContinuationToken>").append(encode(lastKey)).append("</NextContinuationToken>");
            }
        } else {
            sb.append("<Marker>").append(S3Xml.esc(orEmpty(after))).append("</Marker>");
            if (truncated) {
                sb.append("<NextMarker>").append(S3Xml.esc(lastKey)).append("</NextMarker>");
            }
        }
        sb.append("<MaxKeys>").append(maxKeys).append("</MaxKeys>");
        if (delimiter != null) {
            sb.append("<Delimiter>").append(S3Xml.esc(delimiter)).append("</Delimiter>");
        }
        sb.append("<IsTruncated>").append(truncated).append("</IsTruncated>").append(contents);
        prefixes.forEach(p -> sb.append("<CommonPrefixes><Prefix>").append(S3Xml.esc(p)).append("</Prefix></CommonPrefixes>"));
        return sb.append("</ListBucketResult>").toString();
    }

    private static String commonPrefix(String key, String prefix, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return null;
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }

    private static int maxKeys(String value) {
        if (value == null) {
            return 1000;
        }
        try {
            return Math.max(0, Math.min(1000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw S3Exception.invalidRequest("max-keys must be an integer");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Continuation tokens name the last key returned; a common prefix sorts after all its keys ("\uffff"). */
    private static String encode(String lastKey) {
        String mark = lastKey.endsWith("/") ? lastKey + "\uffff" : lastKey;
        return Base64.getUrlEncoder().encodeToString(mark.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Exception.invalidRequest("The continuation token provided is incorrect");
        }
    }
}
