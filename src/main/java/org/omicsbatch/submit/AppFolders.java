package org.omicsbatch.submit;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where this app keeps its own files: the {@code omicsbatch.home} system property when set (tests set
 * it), else the operating system's folder for application data.
 */
public final class AppFolders {
    static final String HOME_PROPERTY = "omicsbatch.home";

    private AppFolders() {
    }

    public static Path home() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("Omics Batch Launcher");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Omics Batch Launcher");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share"))
                .resolve("omics-batch");
    }

    public static Path journal() {
        return home().resolve("journal");
    }
}
