package org.amparo.courthouse;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;

/**
 * Fills each court event's {@code county_287g_models} from the 287(g) snapshot in force and its
 * {@code recent_ice_activity_reports} from the reports logged for its courthouse in the 90 days up to the document's
 * {@code as_of} (today when unset). Values the document gives are kept. With no snapshot imported the models stay
 * unknown, and for a courthouse not on file the report count stays unknown (an empty list or a zero would wrongly
 * say "none"). The risk engine weighs the count as it is (one or two reports +1, three or more +2), so reports are
 * counted, not weighted.
 */
final class DefaultCourthouseFacts implements CourthouseFacts {

    private final Ice287gService ice287g;
    private final CourthouseService courthouses;
    private final Clock clock;

    @Inject
    DefaultCourthouseFacts(Ice287gService ice287g, CourthouseService courthouses) {
        this(ice287g, courthouses, Clock.systemDefaultZone());
    }

    DefaultCourthouseFacts(Ice287gService ice287g, CourthouseService courthouses, Clock clock) {
        this.ice287g = ice287g;
        this.courthouses = courthouses;
        this.clock = clock;
    }

    @Override
    public FactsDocument withLocalData(FactsDocument facts) {
        List<CourtEvent> events = facts.courtEvents();
        if (events == null || events.isEmpty()) {
            return facts;
        }
        boolean haveList = ice287g.current().isPresent();
        LocalDate asOf = facts.asOfOr(LocalDate.now(clock));
        List<CourtEvent> filled = new ArrayList<>(events.size());
        for (CourtEvent event : events) {
            filled.add(event == null ? null : filled(event, haveList, asOf));
        }
        return new FactsDocument(facts.schema(), facts.ref(), facts.asOf(), facts.person(), facts.immigration(),
                facts.criminal(), facts.conduct(), facts.u(), facts.t(), facts.vawa(), facts.familyMembers(), filled,
                facts.iceCheckins(), facts.asylum(), facts.sijs(), facts.factsSources(), facts.extensions());
    }

    private CourtEvent filled(CourtEvent e, boolean haveList, LocalDate asOf) {
        boolean placed = e.county() != null && e.state() != null;
        List<CourtEvent.Model287g> models = e.county287gModels();
        if (models == null && haveList && placed) {
            models = List.copyOf(ice287g.modelsFor(e.state(), e.county()));
        }
        Integer reports = e.recentIceActivityReports();
        if (reports == null) {
            reports = courthouses.recentReportCount(e.state(), e.county(), e.courthouse(), asOf);
        }
        return new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), e.state(), e.clientRole(),
                e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(), e.attorneyAccompanying(),
                e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(), models, reports);
    }
}
