package org.omicsbatch.drafts;

import java.io.IOException;
import java.nio.file.Path;
import org.omicsbatch.model.Json;

/**
 * Writing the app's own small JSON files safely: a temp file beside the target, then a move, so a
 * crash mid-write leaves the old file, never half a file. Files are owner-only where the file system
 * supports it, because drafts name buckets, roles and accounts.
 */
public final class JsonFiles {
    private JsonFiles() {
    }

    public static void write(Path target, Object value) throws IOException {
        DraftFiles.writeAtomically(target, out -> Json.mapper().writerWithDefaultPrettyPrinter()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value));
    }

    static <T> T read(Path source, Class<T> type) throws IOException {
        return Json.mapper().readValue(source.toFile(), type);
    }
}
