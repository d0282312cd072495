package org.omicsbatch.samplesheet;

import java.io.Closeable;
import java.io.IOException;

/** A text sheet's records, one at a time: {@link RecordReader} over characters, {@link Utf8RecordReader} over UTF-8 bytes. */
interface Records extends Closeable {
    /** The next record, or null at the end of the text. */
    RecordReader.SheetRecord next() throws IOException;
}
