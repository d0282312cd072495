package org.omicsbatch.cli;

/**
 * Entry point of the installed {@code omics-batch} launcher: always the command line, even with no
 * arguments (then it prints the usage), unlike {@code org.omicsbatch.Main}, which opens the app when
 * given nothing.
 */
public final class CliMain {
    private CliMain() {
    }

    public static void main(String[] args) {
        System.exit(OmicsBatchCommand.run(args));
    }
}
