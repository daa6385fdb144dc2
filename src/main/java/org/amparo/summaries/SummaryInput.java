package org.amparo.summaries;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseNote;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.ScreeningDocument;

/**
 * Everything a summary is made from, already loaded: the case, her facts, their screening (all frameworks, as of the
 * summary's date), the adverse parties, the notes the advocate chose, and who is making it.
 *
 * @param frameworkTitles framework id → its instrument's name ("DHS Secretary Mayorkas memo, 2021")
 * @param exportId the id printed in the watermark and written in the audit entry
 */
public record SummaryInput(CaseInfo info, FactsDocument facts, ScreeningDocument screening,
        List<AdverseParty> adverseParties, List<CaseNote> notes, Map<String, String> frameworkTitles,
        String preparedBy, ZonedDateTime preparedAt, String exportId) {

    public SummaryInput {
        adverseParties = List.copyOf(adverseParties);
        notes = List.copyOf(notes);
        frameworkTitles = Map.copyOf(frameworkTitles);
    }
}
