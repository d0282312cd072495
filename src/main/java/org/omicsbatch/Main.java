package org.omicsbatch;

import org.omicsbatch.cli.OmicsBatchCommand;
import org.omicsbatch.ui.OmicsBatchApp;

/**
 * The one entry point of the jar: with arguments it is the {@code omics-batch} command line, without
 * it opens the desktop app. A plain class (not an {@code Application}) so JavaFX starts from the class
 * path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !OmicsBatchApp.isSelfTest(args)) {
            System.exit(OmicsBatchCommand.run(args));
        }
        OmicsBatchApp.launchApp(args);
    }
}
