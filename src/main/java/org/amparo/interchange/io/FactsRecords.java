package org.amparo.interchange.io;

import java.io.Closeable;
import java.io.IOException;

/** A stream of import records read one at a time, so a large file never sits in memory at once. */
public interface FactsRecords extends Closeable {

    /**
     * The next record, or null at the end of the file.
     *
     * @throws UnreadableInputException when the file cannot be read beyond this point; nothing else escapes
     */
    FactsRecord next() throws UnreadableInputException;

    /** What kind of file this is, once known (after the first {@link #next}). */
    String format();

    @Override
    void close() throws IOException;
}
