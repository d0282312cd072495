package org.omicsbatch.ui;

/**
 * Entry point of the installed app launcher: always the desktop app, whatever the arguments. The
 * desktop passes a double-clicked draft file as an argument and the smoke test passes
 * {@code --self-test}; {@code org.omicsbatch.Main} would take either for a command line.
 *
 * <p>A plain class rather than the {@code Application} itself, so JavaFX starts from the class path.
 */
public final class GuiMain {
    private GuiMain() {
    }

    public static void main(String[] args) {
        OmicsBatchApp.launchApp(args);
    }
}
