package org.amparo.summaries;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to put in one case summary.
 *
 * @param caseNumber the case's number (the command line's {@code --case REF})
 * @param language the output language, chosen per document (independent of the UI's)
 * @param noteIds the case notes the advocate chose to include (none by default)
 * @param overrides fields an attorney adds beyond the profile, each with the reason that is logged
 */
public record SummaryRequest(String caseNumber, SummaryProfile profile, Locale language, List<Long> noteIds,
        Map<SummaryField, String> overrides) {

    public SummaryRequest {
        noteIds = List.copyOf(noteIds);
        overrides = Map.copyOf(overrides);
    }

    public static SummaryRequest of(String caseNumber, SummaryProfile profile, Locale language) {
        return new SummaryRequest(caseNumber, profile, language, List.of(), Map.of());
    }

    /** Whether the summary holds {@code field}: listed by the profile, or included by an attorney. */
    public boolean includes(SummaryField field) {
        return profile.includes(field) || overrides.containsKey(field);
    }
}
