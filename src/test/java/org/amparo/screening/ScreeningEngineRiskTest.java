package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;
import org.junit.jupiter.api.Test;

/** Courthouse risk in the screening document: upcoming events only, judged with the in-force framework. */
class ScreeningEngineRiskTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private final List<String> frameworksSeenByRisk = new ArrayList<>();

    private final RiskAssessor oneRiskPerEvent = (facts, asOf, inForce) -> {
        frameworksSeenByRisk.add(inForce == null ? null : inForce.framework());
        return facts.courtEvents().stream()
                .map(e -> new CourthouseRisk(e.ref(), e.date(), CourthouseRisk.Level.HIGH, List.of(), List.of()))
                .toList();
    };

    private final ScreeningEngine engine = new ScreeningEngine(new ScreeningFakes.Enforcement(), List.of(),
            new ScreeningFakes.Deadlines(), "9.9.9", oneRiskPerEvent);

    @Test
    void pastHearingsAreLeftOutAndUpcomingOnesKeepDocumentOrder() {
        FactsDocument facts = withEvents(event("past", AS_OF.minusDays(1)), event("today", AS_OF),
                event("later", AS_OF.plusDays(20)), event("undated", null));

        ScreeningDocument out = engine.screen(facts, AS_OF, List.of());

        assertThat(out.courthouseRisk()).extracting(CourthouseRisk::event)
                .containsExactly("today", "later", "undated");
    }

    @Test
    void riskIsJudgedUnderTheFrameworkInForceEvenWhenOnlyAnotherWasAsked() {
        engine.screen(withEvents(event("ce-1", AS_OF.plusDays(3))), AS_OF, List.of("dhs2021_mayorkas"));

        assertThat(frameworksSeenByRisk).containsExactly("eo14159_2025");
    }

    @Test
    void noEventsNoAssessment() {
        ScreeningDocument out = engine.screen(ScreeningFakes.facts("r", AS_OF), AS_OF, List.of());

        assertThat(out.courthouseRisk()).isEmpty();
        assertThat(frameworksSeenByRisk).isEmpty();
    }

    private static CourtEvent event(String ref, LocalDate date) {
        return new CourtEvent(ref, date, CourtEvent.CourtType.family, "Example Hall", "Example County", "CA",
                CourtEvent.ClientRole.petitioner, true, false, false, false, false, List.of(), 0);
    }

    private static FactsDocument withEvents(CourtEvent... events) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, "r", AS_OF, null, null, null, null, null, null, null, null,
                List.of(events), null, null, null, null, null);
    }
}
