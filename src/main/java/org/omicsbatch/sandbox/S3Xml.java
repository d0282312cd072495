package org.omicsbatch.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** S3's XML replies, written by hand (they are small and fixed). */
final class S3Xml {
    static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private S3Xml() {
    }

    static String error(String code, String message, String resource, String requestId) {
        return PROLOG + "<Error><Code>" + esc(code) + "</Code><Message>" + esc(message) + "</Message>"
                + (resource == null ? "" : "<Resource>" + esc(resource) + "</Resource>")
                + "<RequestId>" + esc(requestId) + "</RequestId></Error>";
    }

    static String listBuckets(List<String> names, List<Instant> created) {
        StringBuilder sb = new StringBuilder(PROLOG).append("<ListAllMyBucketsResult xmlns=\"").append(NS)
                .append("\"><Owner><ID>").append(SandboxOptions.ACCOUNT_ID).append("</ID><DisplayName>sandbox")
                .append("</DisplayName></Owner><Buckets>");
        for (int i = 0; i < names.size(); i++) {
            sb.append("<Bucket><Name>").append(esc(names.get(i))).append("</Name><CreationDate>")
                    .append(iso(created.get(i))).append("</CreationDate></Bucket>");
        }
        return sb.append("</Buckets></ListAllMyBucketsResult>").toString();
    }

    static String initiateUpload(String bucket, String key, String uploadId) {
        return PROLOG + "<InitiateMultipartUploadResult xmlns=\"" + NS + "\"><Bucket>" + esc(bucket) + "</Bucket><Key>"
                + esc(key) + "</Key><UploadId>" + esc(uploadId) + "</UploadId></InitiateMultipartUploadResult>";
    }

    static String completeUpload(String location, String bucket, String key, String etag) {
        return PROLOG + "<CompleteMultipartUploadResult xmlns=\"" + NS + "\"><Location>" + esc(location)
                + "</Location><Bucket>" + esc(bucket) + "</Bucket><Key>" + esc(key) + "</Key><ETag>\""
                + esc(etag) + "\"</ETag></CompleteMultipartUploadResult>";
    }

    static String location() {
        return PROLOG + "<LocationConstraint xmlns=\"" + NS + "\"/>";
    }

    static String contents(S3Store.StoredObject o) {
        return "<Contents><Key>" + esc(o.key()) + "</Key><LastModified>" + iso(o.lastModified())
                + "</LastModified><ETag>\"" + o.etag() + "\"</ETag><Size>" + o.data().length
                + "</Size><StorageClass>STANDARD</StorageClass></Contents>";
    }

    /** ISO-8601 with milliseconds, as S3 writes timestamps in XML. */
    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** RFC 1123, as S3 writes {@code Last-Modified}. */
    static String http(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
