package org.omicsbatch.drafts;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.omicsbatch.model.Json;

/**
 * Writing the app's own small JSON files safely: a temp file beside the target, then a move, so a
 * crash mid-write leaves the old file, never half a file. Files are owner-only where the file system
 * supports it, because drafts name buckets, roles and accounts.
 */
final class JsonFiles {
    private JsonFiles() {
    }

    static void write(Path target, Object value) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            ownerOnly(temp);
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), value);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static <T> T read(Path source, Class<T> type) throws IOException {
        return Json.mapper().readValue(source.toFile(), type);
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the user's profile folder is already private to the user.
        }
    }
}
