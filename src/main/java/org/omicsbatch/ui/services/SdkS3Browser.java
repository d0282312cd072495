package org.omicsbatch.ui.services;

import java.util.List;
import org.omicsbatch.aws.AwsSession;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * The S3 browser's listings with the session's S3 client: ListBuckets, and ListObjectsV2 with "/" as
 * delimiter so each level shows folders and files like a file chooser. One page (1000 entries) per
 * level: enough to pick a file, and the dialog says when there is more.
 */
final class SdkS3Browser implements S3Browser {
    private final AwsSession session;

    SdkS3Browser(AwsSession session) {
        this.session = session;
    }

    @Override
    public List<String> listBuckets() {
        return client().listBuckets().buckets().stream().map(b -> b.name()).sorted().toList();
    }

    @Override
    public Listing list(String bucket, String prefix) {
        String from = prefix == null ? "" : prefix;
        ListObjectsV2Response page = client().listObjectsV2(r -> r.bucket(bucket).prefix(from).delimiter("/")
                .maxKeys(1000));
        List<String> folders = page.commonPrefixes().stream().map(CommonPrefix::prefix).toList();
        List<Entry> objects = page.contents().stream()
                .filter(o -> !o.key().equals(from))
                .map(o -> new Entry(o.key(), o.size() == null ? 0 : o.size(), o.lastModified()))
                .toList();
        return new Listing(bucket, from, folders, objects, Boolean.TRUE.equals(page.isTruncated()));
    }

    private S3Client client() {
        return session.s3Client();
    }
}
