package org.amparo.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.ScreeningEngine;
import org.amparo.screening.StandardScreening;
import org.amparo.screening.SyntheticFacts;
import org.amparo.summaries.render.HtmlSummaryRenderer;
import org.junit.jupiter.api.Test;

/** Every profile renders for a wide spread of synthetic cases (many facts unknown), and redaction holds in each. */
class SyntheticSummariesTest {

    @Test
    void everyProfileRendersForThreeHundredSyntheticCasesAndReferralNeverShowsContactDetails() {
        ScreeningEngine engine = StandardScreening.create();
        HtmlSummaryRenderer html = new HtmlSummaryRenderer();
        SyntheticFacts generator = new SyntheticFacts(11, 0.35);
        LocalDate today = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 300; i++) {
            FactsDocument facts = generator.next(i);
            SummaryInput input = new SummaryInput(new CaseInfo(1L, 1L, "S-" + i, Set.of(), CaseStatus.OPEN, null,
                    null, "main", null, null, 0), facts, engine.screen(facts, today, List.of()), List.of(), List.of(),
                    Map.of(), "tester", ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC), "e" + i);
            for (SummaryProfile profile : SummaryProfile.values()) {
                String page = html.render(new SummaryModelBuilder(SummaryRequest.of("S-" + i, profile,
                        Locale.ENGLISH), input).build());
                assertThat(page).contains("S-" + i);
                if (profile == SummaryProfile.REFERRAL && facts.person() != null) {
                    if (facts.person().aNumber() != null) {
                        assertThat(page).doesNotContain(facts.person().aNumber());
                    }
                    if (facts.person().phones() != null) {
                        facts.person().phones().forEach(p -> assertThat(page).doesNotContain(p.number()));
                    }
                }
            }
        }
    }
}
