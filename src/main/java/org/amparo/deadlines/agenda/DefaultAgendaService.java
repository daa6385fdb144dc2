package org.amparo.deadlines.agenda;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.cases.CaseFacts;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ScheduledEvent;
import org.amparo.clients.ClientService;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.courthouse.risk.CourthouseRules;
import org.amparo.courthouse.risk.LensRiskAssessor;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.Deadline;
import org.amparo.screening.ScreeningDocument;
import org.amparo.screening.ScreeningEngine;

/**
 * {@link AgendaService} over the case store: each open case's client is screened once (facts completed with the
 * vault's 287(g) and ICE-activity data), giving the events' levels and the computed deadlines.
 */
public final class DefaultAgendaService implements AgendaService {

    static final int CHUNK = 200;
    /** Caseload rows read per query by {@link #upcoming}. */
    static final int PAGE = 500;
    /** The deadline engine lists each ICE check-in as a deadline too; the agenda lists it once, as an event. */
    static final String CHECKIN_DEADLINE = "dl.ice_checkin";

    private final CaseService cases;
    private final ClientService clients;
    private final ManualDeadlineService manual;
    private final CourthouseFacts places;
    private final ScreeningEngine screening;
    private final LensRiskAssessor lenses;

    @Inject
    public DefaultAgendaService(CaseService cases, ClientService clients, ManualDeadlineService manual,
                                CourthouseFacts places, ScreeningEngine screening) {
        this.cases = cases;
        this.clients = clients;
        this.manual = manual;
        this.places = places;
        this.screening = screening;
        this.lenses = new LensRiskAssessor(screening.enforcement(), CourthouseRules.bundled());
    }

    /** What screening one client gave, and the names to show. */
    private record Screened(String name, String caseNumber, ScreeningDocument doc) { }

    @Override
    public List<AgendaItem> between(LocalDate from, LocalDate to, LocalDate today) {
        Map<Long, Screened> screened = new HashMap<>();
        List<AgendaItem> items = new ArrayList<>();
        cases.forEachOpenCase(CHUNK, chunk -> {
            for (CaseFacts c : chunk) {
                if (!screened.containsKey(c.clientId())) {
                    Screened s = new Screened(name(c.facts().person()), c.caseNumber(), screen(c.facts(), today));
                    screened.put(c.clientId(), s);
                    addDeadlines(items, c.clientId(), s, from, to);
                }
            }
        });
        for (ScheduledEvent e : cases.eventsBetween(from, to)) {
            Screened s = screened.computeIfAbsent(e.clientId(), id -> new Screened(e.clientDisplayName(), null,
                    screen(cases.facts(id).facts(), today)));
            items.add(eventItem(e, s));
        }
        for (ManualDeadline d : manual.between(from, to)) {
            if (!d.done()) {
                Screened s = screened.get(d.clientId());
                String who = s != null ? s.name() : clients.find(d.clientId()).map(c -> name(c.person())).orElse("");
                items.add(manualItem(d, who, s == null ? null : s.caseNumber()));
            }
        }
        items.sort(Comparator.comparing(AgendaItem::date).thenComparing(AgendaItem::key));
        return List.copyOf(items);
    }

    private ScreeningDocument screen(FactsDocument facts, LocalDate today) {
        return screening.screen(places.withLocalData(facts), today, List.of());
    }

    private static void addDeadlines(List<AgendaItem> items, long clientId, Screened s, LocalDate from,
                                     LocalDate to) {
        for (Deadline d : s.doc().deadlines()) {
            boolean inRange = d.date() != null && !d.date().isBefore(from) && !d.date().isAfter(to);
            if (inRange && d.status() != Deadline.Status.met && !CHECKIN_DEADLINE.equals(d.id())) {
                String member = d.member() == null ? "" : ":" + d.member();
                items.add(new AgendaItem("deadline:" + clientId + ":" + d.id() + member, AgendaItem.Kind.DEADLINE,
                        d.date(), clientId, s.name(), s.caseNumber(), d.label(), null, d.id(), null));
            }
        }
    }

    private static AgendaItem eventItem(ScheduledEvent e, Screened s) {
        CourthouseRisk.Level level = s.doc().courthouseRisk().stream().filter(r -> r.event().equals(e.ref()))
                .map(CourthouseRisk::level).findFirst().orElse(null);
        return eventItem(e, s, level);
    }

    private static AgendaItem eventItem(ScheduledEvent e, Screened s, CourthouseRisk.Level level) {
        boolean court = e.kind() == ScheduledEvent.Kind.COURT_EVENT;
        return new AgendaItem((court ? "court:" : "checkin:") + e.clientId() + ":" + e.ref(),
                court ? AgendaItem.Kind.COURT_EVENT : AgendaItem.Kind.ICE_CHECKIN, e.date(), e.clientId(),
                e.clientDisplayName() != null ? e.clientDisplayName() : s.name(), s.caseNumber(), e.courtType(),
                e.place(), e.ref(), level);
    }

    /** What {@link #upcoming} gathers from the stored caseload. */
    private static final class Stored {
        final Map<Long, CaseRow> firstCase = new HashMap<>();
        final List<AgendaItem> deadlines = new ArrayList<>();
        int notScreened;
        int outdated;
    }

    @Override
    public UpcomingAgenda upcoming(LocalDate today, int days) {
        LocalDate to = today.plusDays(days);
        Stored stored = storedDeadlines(today, to);
        List<AgendaItem> items = new ArrayList<>(upcomingEvents(today, to, stored.firstCase));
        Set<String> eventDays = new HashSet<>();
        items.forEach(e -> eventDays.add(e.clientId() + "@" + e.date()));
        stored.deadlines.stream().filter(d -> !eventDays.contains(d.clientId() + "@" + d.date()))
                .forEach(items::add);
        for (ManualDeadline d : manual.between(today, to)) {
            if (!d.done()) {
                CaseRow row = stored.firstCase.get(d.clientId());
                String who = row != null ? row.clientDisplayName()
                        : clients.find(d.clientId()).map(c -> name(c.person())).orElse("");
                items.add(manualItem(d, who, row == null ? null : row.caseNumber()));
            }
        }
        items.sort(Comparator.comparing(AgendaItem::date).thenComparing(AgendaItem::key));
        return new UpcomingAgenda(items, stored.notScreened, stored.outdated);
    }

    /** Each open case's stored next deadline in {@code [today, to]}, reading the caseload page by page. */
    private Stored storedDeadlines(LocalDate today, LocalDate to) {
        Stored stored = new Stored();
        CaseQuery open = new CaseQuery("", Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CaseQuery.Sort.CASE_NUMBER);
        List<CaseRow> page;
        int offset = 0;
        do {
            page = cases.caseload(open, today, offset, PAGE);
            offset += page.size();
            for (CaseRow row : page) {
                stored.firstCase.putIfAbsent(row.clientId(), row);
                LocalDate next = row.nextDeadline();
                if (row.inForceOutcome() == null && next == null) {
                    stored.notScreened++;
                } else if (next != null && next.isBefore(today)) {
                    stored.outdated++;
                } else if (next != null && !next.isAfter(to)) {
                    stored.deadlines.add(new AgendaItem("deadline:" + row.caseId() + ":next",
                            AgendaItem.Kind.DEADLINE, next, row.clientId(), row.clientDisplayName(), row.caseNumber(),
                            row.nextDeadlineLabel(), null, null, null));
                }
            }
        } while (page.size() == PAGE);
        return stored;
    }

    /** Court dates and check-ins in {@code [today, to]}, each judged under the rules in force (its client only). */
    private List<AgendaItem> upcomingEvents(LocalDate today, LocalDate to, Map<Long, CaseRow> firstCase) {
        Map<Long, FactsDocument> facts = new HashMap<>();
        List<AgendaItem> items = new ArrayList<>();
        for (ScheduledEvent e : cases.eventsBetween(today, to)) {
            FactsDocument f = facts.computeIfAbsent(e.clientId(), id -> places.withLocalData(cases.facts(id).facts()));
            CourthouseRisk.Level level = lenses.assess(f, f.asOfOr(today), PolicyLens.IN_FORCE, e.ref())
                    .map(CourthouseRisk::level).orElse(null);
            CaseRow row = firstCase.get(e.clientId());
            items.add(eventItem(e, new Screened(row == null ? e.clientDisplayName() : row.clientDisplayName(),
                    row == null ? null : row.caseNumber(), null), level));
        }
        return items;
    }

    @Override
    public Optional<CourthouseRisk> risk(AgendaItem item, PolicyLens lens, LocalDate today) {
        if (!item.isEvent()) {
            return Optional.empty();
        }
        FactsDocument facts = places.withLocalData(cases.facts(item.clientId()).facts());
        return lenses.assess(facts, facts.asOfOr(today), lens, item.ref());
    }

    private static AgendaItem manualItem(ManualDeadline d, String who, String caseNumber) {
        return new AgendaItem("manual:" + d.id(), AgendaItem.Kind.MANUAL_DEADLINE, d.dueOn(), d.clientId(), who,
                caseNumber, d.label(), null, String.valueOf(d.id()), null);
    }

    static String name(Person person) {
        if (person == null) {
            return "";
        }
        String given = person.preferredName() != null && !person.preferredName().isBlank() ? person.preferredName()
                : person.givenName();
        return String.join(" ", nonBlank(given), nonBlank(person.familyName())).strip();
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.strip();
    }
}
