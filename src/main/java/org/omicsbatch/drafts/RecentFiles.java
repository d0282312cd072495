package org.omicsbatch.drafts;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.model.Json;

/** The drafts opened or saved last, newest first, kept in the app-data folder. */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private final Path file;

    public RecentFiles(Path home) {
        this.file = home.resolve("recent-files.json");
    }

    /** The remembered drafts, newest first; an unreadable list counts as empty. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> names = Json.mapper().readValue(file.toFile(), new TypeReference<List<String>>() { });
            return names.stream().map(Path::of).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Moves {@code draft} to the top, dropping the oldest beyond {@value #LIMIT}. */
    public List<Path> add(Path draft) throws IOException {
        Path absolute = draft.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        return store(paths.size() > LIMIT ? paths.subList(0, LIMIT) : paths);
    }

    /** Forgets a draft that no longer opens (moved or deleted). */
    public List<Path> remove(Path draft) throws IOException {
        List<Path> paths = new ArrayList<>(list());
        paths.remove(draft.toAbsolutePath().normalize());
        return store(paths);
    }

    private List<Path> store(List<Path> paths) throws IOException {
        JsonFiles.write(file, paths.stream().map(Path::toString).toList());
        return List.copyOf(paths);
    }
}
