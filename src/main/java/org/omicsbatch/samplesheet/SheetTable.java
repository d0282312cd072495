package org.omicsbatch.samplesheet;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A sheet opened for streaming: its header, then its data rows one at a time. */
abstract class SheetTable implements Closeable {
    private final List<String> header;
    private final List<String> originalHeader;
    private final SheetLayout layout;

    SheetTable(List<String> header, List<String> originalHeader, SheetLayout layout) {
        this.header = header;
        this.originalHeader = originalHeader;
        this.layout = layout;
    }

    /** Column names as the mapping uses them (Terra's {@code entity:} prefix removed, blanks named). */
    final List<String> header() {
        return header;
    }

    /** Column names exactly as in the file, for sheets written back in the sheet's own format. */
    final List<String> originalHeader() {
        return originalHeader;
    }

    final SheetLayout layout() {
        return layout;
    }

    /** Bytes of the file read so far, or -1 when unknown (workbooks decompress as they go). */
    long bytesRead() {
        return -1;
    }

    /** The file's size in bytes, or -1 when progress cannot be told in bytes. */
    long size() {
        return -1;
    }

    /** The next data row, or null at the end. Blank and comment lines are skipped here. */
    abstract SheetRow next() throws IOException;
}
