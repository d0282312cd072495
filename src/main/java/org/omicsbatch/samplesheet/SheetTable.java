package org.omicsbatch.samplesheet;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A sheet opened for streaming: its header, then its data rows one at a time. */
interface SheetTable extends Closeable {

    /** Column names as the mapping uses them (Terra's {@code entity:} prefix removed, blanks named). */
    List<String> header();

    /** Column names exactly as in the file, for sheets written back in the sheet's own format. */
    List<String> originalHeader();

    SheetLayout layout();

    /** The next data row, or null at the end. Blank and comment lines are skipped here. */
    SheetRow next() throws IOException;
}
