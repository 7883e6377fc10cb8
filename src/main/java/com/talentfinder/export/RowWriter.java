package com.talentfinder.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes export rows one at a time, so large exports never hold every row in memory. {@link #close()} finishes
 * the file and closes the stream it writes to.
 */
public interface RowWriter extends Closeable {

    void write(ExportRow row) throws IOException;

    /** How many rows were written so far. */
    long rows();
}
