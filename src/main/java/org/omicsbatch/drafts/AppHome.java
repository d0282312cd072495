package org.omicsbatch.drafts;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's application-data folder: autosaves, recent files, preferences, journals. The system
 * property {@value #PROPERTY} overrides it (tests, portable installs); otherwise it follows each
 * operating system's convention so the files sit where users and backup tools expect them.
 */
public final class AppHome {
    public static final String PROPERTY = "omicsbatch.home";
    private static final String NAME = "OmicsBatchLauncher";

    private AppHome() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming")).resolve(NAME);
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return data.resolve("omics-batch-launcher");
    }
}
