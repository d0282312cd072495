package org.omicsbatch.samplesheet;

/** The file cannot be read as a sheet at all (no header, unknown section…); becomes one problem. */
final class SheetFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    SheetFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
