package org.omicsbatch.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@value #FILE_NAME}: a POSIX sh script that uploads a render's local files to the URIs its
 * request names, one {@code aws s3 cp} per distinct file. Each object gets the same hash metadata
 * the app's own upload sets, so a later submission of the draft finds it and uploads nothing.
 */
public final class UploadScript {
    public static final String FILE_NAME = "upload-files.sh";

    private UploadScript() {
    }

    public static void write(List<LocalFileUploadPlan.Upload> uploads, Writer out) throws IOException {
        out.write("#!/bin/sh\n");
        out.write("# Uploads the local files that " + RequestRenderer.REQUEST_FILE_NAME + " names by their s3:// URIs.\n");
        out.write("# Run it before: aws omics start-run-batch --cli-input-json file://" + RequestRenderer.REQUEST_FILE_NAME + "\n");
        out.write("# Each key holds the file's SHA-256: running this again writes the same objects.\n");
        out.write("set -e\n");
        for (LocalFileUploadPlan.Upload u : uploads) {
            out.write("aws s3 cp " + quote(u.file().toString()) + " " + quote(u.uri()) + " --metadata "
                    + quote(UploadKeys.SHA256_METADATA + "=" + u.sha256()) + "\n");
        }
    }

    /** One sh word whatever the text holds: single quotes, each {@code '} written as {@code '\''}. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
