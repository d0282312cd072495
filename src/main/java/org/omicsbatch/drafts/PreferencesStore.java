package org.omicsbatch.drafts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads and saves {@link Preferences} as one JSON file in the app-data folder. */
public final class PreferencesStore {
    private final Path file;

    public PreferencesStore(Path home) {
        this.file = home.resolve("preferences.json");
    }

    /** The saved preferences, or the defaults when there are none or they cannot be read. */
    public Preferences load() {
        if (!Files.isRegularFile(file)) {
            return Preferences.DEFAULTS;
        }
        try {
            return JsonFiles.read(file, Preferences.class);
        } catch (IOException e) {
            return Preferences.DEFAULTS;
        }
    }

    public void save(Preferences preferences) throws IOException {
        JsonFiles.write(file, preferences);
    }

    public Path file() {
        return file;
    }
}
