package org.amparo.interchange.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.amparo.interchange.ImportProblem;

/**
 * Opens an import stream as the right reader: JSON (an object, an array or JSON Lines) when its first character
 * other than white space is <code>{</code> or {@code [}, else CSV with the documented columns.
 */
public final class FactsFiles {

    private FactsFiles() {
    }

    /**
     * @param today the date "born after" checks use for documents without {@code as_of}
     * @throws UnreadableInputException when the stream cannot even be started (empty, unreadable)
     */
    public static FactsRecords open(InputStream in, LocalDate today) throws UnreadableInputException {
        return open(in, today, DocumentCheck.Mode.FULL);
    }

    /**
     * Opens a stream whose content was already checked (a commit re-reading the file its dry run checked, proven
     * the same by its SHA-256): documents are bound without the schema and fact checks.
     */
    public static FactsRecords openChecked(InputStream in) throws UnreadableInputException {
        return open(in, LocalDate.MAX, DocumentCheck.Mode.BIND_ONLY);
    }

    private static FactsRecords open(InputStream in, LocalDate today, DocumentCheck.Mode mode)
            throws UnreadableInputException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        try {
            int first = firstSignificantByte(buffered);
            if (first < 0) {
                throw new UnreadableInputException(new ImportProblem(0, 0, null,
                        "the file is empty: expected facts documents (JSON) or a CSV with a header row"));
            }
            Utf8Reader reader = new Utf8Reader(buffered);
            return first == '{' || first == '[' ? new JsonFactsRecords(reader, today, mode)
                    : new CsvFactsRecords(reader, today, mode);
        } catch (IOException e) {
            throw new UnreadableInputException(new ImportProblem(0, 0, null, "cannot read the file: "
                    + e.getMessage()));
        }
    }

    /** The first byte that is not white space or a byte-order mark, without consuming anything; -1 when none. */
    private static int firstSignificantByte(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0) {
                    return -1;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b;
                }
            }
            return 0;
        } finally {
            in.reset();
        }
    }
}
