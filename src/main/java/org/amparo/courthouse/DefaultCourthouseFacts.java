package org.amparo.courthouse;

import jakarta.inject.Inject;
import java.util.List;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;

/**
 * Fills {@code county_287g_models} from the 287(g) snapshot in force. With no snapshot imported the models stay
 * unknown (an empty list would wrongly say "no agreement"). ICE-activity reports are not filled yet.
 */
final class DefaultCourthouseFacts implements CourthouseFacts {

    private final Ice287gService ice287g;

    @Inject
    DefaultCourthouseFacts(Ice287gService ice287g) {
        this.ice287g = ice287g;
    }

    @Override
    public FactsDocument withLocalData(FactsDocument facts) {
        List<CourtEvent> events = facts.courtEvents();
        if (events == null || events.isEmpty() || ice287g.current().isEmpty()) {
            return facts;
        }
        List<CourtEvent> filled = events.stream().map(this::withModels).toList();
        return new FactsDocument(facts.schema(), facts.ref(), facts.asOf(), facts.person(), facts.immigration(),
                facts.criminal(), facts.conduct(), facts.u(), facts.t(), facts.vawa(), facts.familyMembers(), filled,
                facts.iceCheckins(), facts.asylum(), facts.sijs(), facts.factsSources(), facts.extensions());
    }

    private CourtEvent withModels(CourtEvent e) {
        if (e.county287gModels() != null || e.county() == null || e.state() == null) {
            return e;
        }
        return new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), e.state(), e.clientRole(),
                e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(), e.attorneyAccompanying(),
                e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(),
                List.copyOf(ice287g.modelsFor(e.state(), e.county())), e.recentIceActivityReports());
    }
}
