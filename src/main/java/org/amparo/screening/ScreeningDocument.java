package org.amparo.screening;

import java.time.LocalDate;
import java.util.List;

/** One {@code amparo-screening/1} document: what the engines conclude about one facts document. */
public record ScreeningDocument(
        String schema,
        String ref,
        LocalDate asOf,
        String engineVersion,
        List<FrameworkResult> enforcement,
        List<ReliefResult> relief,
        List<CourthouseRisk> courthouseRisk,
        List<Deadline> deadlines,
        Confidentiality confidentiality,
        String disclaimer) {

    public static final String SCHEMA_ID = "amparo-screening/1";
    public static final String DISCLAIMER = "Screening aid for advocates; not legal advice.";
}
