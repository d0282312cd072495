package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Parameter values naming a local file, {@code file:<path>} (absolute, or relative to the draft's
 * folder). Submission uploads each such file and puts its s3:// URI in its place.
 */
public final class LocalFiles {
    public static final String PREFIX = "file:";

    private LocalFiles() {
    }

    public static boolean isLocalFile(JsonNode value) {
        return value != null && value.isTextual() && value.textValue().startsWith(PREFIX);
    }

    /** True when {@code value} is, or holds at any depth (lists, objects), a {@code file:} value. */
    public static boolean anyIn(JsonNode value) {
        if (isLocalFile(value)) {
            return true;
        }
        if (value != null && value.isContainerNode()) {
            for (JsonNode child : value) {
                if (anyIn(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The file a {@code file:} value names; relative paths are resolved against {@code draftFolder}
     * (or the working directory when there is none).
     *
     * @throws InvalidPathException when the text is not a path on this system
     */
    public static Path resolve(String value, Path draftFolder) {
        String text = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        Path path = Path.of(text);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        return (draftFolder == null ? Path.of("") : draftFolder).resolve(path).toAbsolutePath().normalize();
    }
}
