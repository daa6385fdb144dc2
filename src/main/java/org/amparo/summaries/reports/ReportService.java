package org.amparo.summaries.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.amparo.platform.task.TaskContext;

/**
 * The program's aggregate reports over the open vault: counts only, small cells shown as "&lt;5". Computing them
 * screens every open case as of {@code today} (minutes at most on a large caseload): call from a background task.
 */
public interface ReportService {

    List<ReportTable> compute(LocalDate today, Locale language, TaskContext context);

    /** Writes the tables as one CSV file (a blank line between tables), replacing {@code out}; audited. */
    void exportCsv(List<ReportTable> tables, Path out) throws IOException;

    /** Writes the tables as a PDF, replacing {@code out}; audited. */
    void exportPdf(List<ReportTable> tables, Locale language, Path out) throws IOException;
}
