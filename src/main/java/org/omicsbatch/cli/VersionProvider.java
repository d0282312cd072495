package org.omicsbatch.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = OmicsBatchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"omics-batch " + (v == null ? "development" : v)};
    }
}
