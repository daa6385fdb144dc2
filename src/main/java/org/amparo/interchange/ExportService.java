package org.amparo.interchange;

import java.io.IOException;
import java.io.Writer;

/**
 * Exports every client the signed-in user may see as facts documents (JSON array) or CSV, redacted by profile.
 * Each exported client gets an audit entry. Blocking: call from a background task.
 */
public interface ExportService {

    /** Writes the export to {@code out} (flushed, not closed). */
    ExportResult export(ExportFormat format, RedactionProfile profile, Writer out) throws IOException;
}
