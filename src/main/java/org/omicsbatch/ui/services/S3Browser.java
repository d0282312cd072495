package org.omicsbatch.ui.services;

import java.time.Instant;
import java.util.List;

/** Lists what the S3 browser dialog shows; one page of each level is enough to pick a file. */
public interface S3Browser {

    List<String> listBuckets();

    /** The folders ({@code prefixes}, ending in "/") and objects directly under {@code prefix}. */
    Listing list(String bucket, String prefix);

    record Listing(String bucket, String prefix, List<String> prefixes, List<Entry> objects, boolean truncated) {
    }

    record Entry(String key, long size, Instant lastModified) {
    }
}
