package org.omicsbatch.ui;

import org.omicsbatch.drafts.AppHome;
import org.omicsbatch.drafts.PreferencesStore;

/**
 * Loads and initialises, on a second thread, what the main window needs before it can be shown but
 * that has nothing to do with JavaFX: Jackson (about 650 classes) and the deserialiser of the saved
 * preferences, which the window reads for its theme and bounds. JavaFX spends its first second or two
 * starting the toolkit on the launcher thread; meanwhile this thread does that work on the other core,
 * so the FX thread later finds it done. The result is discarded: the app reads the (small) file again,
 * so nothing depends on this thread having finished, or having run at all.
 */
final class StartupWarmup {
    private StartupWarmup() {
    }

    static void start() {
        Thread thread = new Thread(StartupWarmup::run, "startup-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run() {
        try {
            new PreferencesStore(AppHome.resolve()).load();
        } catch (RuntimeException ignored) {
            // Only a head start: the FX thread reads the preferences again and handles any problem there.
        }
    }
}
