package org.amparo.summaries;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.amparo.cases.CaseQuery;
import org.amparo.platform.task.TaskContext;

/**
 * Case summaries from the open vault. Each written summary has an export id in its watermark and an audit entry.
 * Blocking: call from a background task.
 */
public interface SummaryService {

    /**
     * The summary's model for a preview, redacted for the request's profile. Throws
     * {@link IllegalArgumentException} for an unknown case number, {@code AccessDeniedException} when the user's role
     * does not allow the profile (or an override: only attorneys add fields beyond a profile).
     */
    SummaryModel preview(SummaryRequest request);

    /** Renders and writes the summary to {@code out} (replaced atomically); returns its export id. */
    String write(SummaryRequest request, Path out, SummaryFormat format) throws IOException;

    /**
     * Writes one summary per case of the filtered caseload into {@code folder} (named by case number), reporting
     * progress and stopping when cancelled; returns how many were written. Each one is audited like {@link #write}.
     */
    int writeBatch(CaseQuery query, LocalDate today, SummaryProfile profile, java.util.Locale language, Path folder,
            SummaryFormat format, TaskContext context) throws IOException;
}
