package org.amparo.courthouse;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.CourtEvent.Model287g;
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
        return fill(facts, new Lookups() {
            @Override
            public boolean haveList() {
                return ice287g.current().isPresent();
            }

            @Override
            public Set<Model287g> models(String state, String county) {
                return ice287g.modelsFor(state, county);
            }

            @Override
            public Integer reports(String state, String county, String courthouse, LocalDate asOf) {
                return courthouses.recentReportCount(state, county, courthouse, asOf);
            }
        });
    }

    /** Reads the snapshot in force once, and each county's models and each courthouse's count once per date. */
    @Override
    public CourthouseFacts forOnePass() {
        Map<List<Object>, Set<Model287g>> models = new ConcurrentHashMap<>();
        Map<List<Object>, Optional<Integer>> reports = new ConcurrentHashMap<>();
        boolean haveList = ice287g.current().isPresent();
        Lookups once = new Lookups() {
            @Override
            public boolean haveList() {
                return haveList;
            }

            @Override
            public Set<Model287g> models(String state, String county) {
                return models.computeIfAbsent(List.of(state, county), k -> Collections.unmodifiableSet(
                        new LinkedHashSet<>(ice287g.modelsFor(state, county))));
            }

            @Override
            public Integer reports(String state, String county, String courthouse, LocalDate asOf) {
                return reports.computeIfAbsent(Arrays.asList(state, county, courthouse, asOf), k -> Optional.ofNullable(
                        courthouses.recentReportCount(state, county, courthouse, asOf))).orElse(null);
            }
        };
        return facts -> fill(facts, once);
    }

    /** Where the filling reads the vault's local data. */
    private interface Lookups {
        boolean haveList();

        Set<Model287g> models(String state, String county);

        Integer reports(String state, String county, String courthouse, LocalDate asOf);
    }

    private FactsDocument fill(FactsDocument facts, Lookups lookups) {
        List<CourtEvent> events = facts.courtEvents();
        if (events == null || events.isEmpty()) {
            return facts;
        }
        boolean haveList = lookups.haveList();
        LocalDate asOf = facts.asOfOr(LocalDate.now(clock));
        List<CourtEvent> filled = new ArrayList<>(events.size());
        for (CourtEvent event : events) {
            filled.add(event == null ? null : filled(event, haveList, asOf, lookups));
        }
        return new FactsDocument(facts.schema(), facts.ref(), facts.asOf(), facts.person(), facts.immigration(),
                facts.criminal(), facts.conduct(), facts.u(), facts.t(), facts.vawa(), facts.familyMembers(), filled,
                facts.iceCheckins(), facts.asylum(), facts.sijs(), facts.factsSources(), facts.extensions());
    }

    private static CourtEvent filled(CourtEvent e, boolean haveList, LocalDate asOf, Lookups lookups) {
        boolean placed = e.county() != null && e.state() != null;
        List<CourtEvent.Model287g> models = e.county287gModels();
        if (models == null && haveList && placed) {
            models = List.copyOf(lookups.models(e.state(), e.county()));
        }
        Integer reports = e.recentIceActivityReports();
        if (reports == null) {
            reports = lookups.reports(e.state(), e.county(), e.courthouse(), asOf);
        }
        return new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), e.state(), e.clientRole(),
                e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(), e.attorneyAccompanying(),
                e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(), models, reports);
    }
}
