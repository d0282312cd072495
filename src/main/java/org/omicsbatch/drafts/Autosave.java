package org.omicsbatch.drafts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.omicsbatch.model.BatchDraft;

/**
 * A copy of the draft being edited, written after every change and removed once the draft is saved
 * or deliberately discarded. A copy still present at start therefore means the app ended without
 * either (a crash, a killed process, a power cut), and the user is offered to restore it.
 */
public final class Autosave {
    private final Path file;

    /** What was being edited, and the draft file it belongs to (null when never saved). */
    public record Entry(String draftFile, Instant savedAt, BatchDraft draft) {
        public Optional<Path> draftPath() {
            return draftFile == null ? Optional.empty() : Optional.of(Path.of(draftFile));
        }
    }

    public Autosave(Path home) {
        this.file = home.resolve("autosave").resolve("unsaved-draft.json");
    }

    public void save(BatchDraft draft, Path draftFile) throws IOException {
        String name = draftFile == null ? null : draftFile.toAbsolutePath().toString();
        JsonFiles.write(file, new Entry(name, Instant.now(), draft));
    }

    /** The copy left by an earlier session, or empty; an unreadable copy is set aside, not fatal. */
    public Optional<Entry> pending() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JsonFiles.read(file, Entry.class);
            return entry.draft() == null ? Optional.empty() : Optional.of(entry);
        } catch (IOException e) {
            setAside();
            return Optional.empty();
        }
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    public Path file() {
        return file;
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling("unreadable-" + System.currentTimeMillis() + ".json"));
        } catch (IOException ignored) {
            // Leave it: the next save overwrites it.
        }
    }
}
