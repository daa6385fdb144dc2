package org.amparo.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One re-screening of the caseload (or of one case when its facts changed).
 *
 * @param trigger why it ran, e.g. "framework eo14159_2025 in force", "manual", "facts edited"
 */
public record ScreeningRun(Long id, Instant startedAt, LocalDate asOf, List<String> frameworks, String trigger,
        String user, int casesScreened) {

    public ScreeningRun {
        frameworks = List.copyOf(frameworks);
    }
}
