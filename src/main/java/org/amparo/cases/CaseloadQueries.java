package org.amparo.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amparo.cases.data.CaseRepository;
import org.amparo.cases.data.CaseloadRepository;
import org.amparo.cases.data.CaseloadRepository.Scope;
import org.amparo.cases.data.ConflictRepository;
import org.amparo.cases.data.PartyRepository;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.Person;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.DataKind;
import org.amparo.security.UserAccount;

/**
 * The caseload (paged, filtered and sorted in the database, limited to the cases the user's role may see) and the
 * conflict check over clients and adverse parties.
 */
final class CaseloadQueries {

    private static final int CANDIDATES = 500;

    private final Transactions tx;
    private final ClientService clients;
    private final AccessControl access;
    private final CaseRepository cases;
    private final CaseloadRepository caseload;
    private final ConflictRepository conflicts;
    private final PartyRepository parties;

    CaseloadQueries(Transactions tx, ClientService clients, AccessControl access, CaseRepository cases,
            CaseloadRepository caseload, ConflictRepository conflicts, PartyRepository parties) {
        this.tx = tx;
        this.clients = clients;
        this.access = access;
        this.cases = cases;
        this.caseload = caseload;
        this.conflicts = conflicts;
        this.parties = parties;
    }

    List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        access.require(Action.READ, DataKind.CASE);
        if (limit <= 0) {
            return List.of();
        }
        return caseload.page(query, today, scope(), Math.max(0, offset), limit).stream()
                .filter(r -> access.canSeeCase(r.program(), r.row().assignedAdvocate(), r.assignedAttorney()))
                .map(CaseloadRepository.ScopedRow::row).toList();
    }

    int count(CaseQuery query, LocalDate today) {
        access.require(Action.READ, DataKind.CASE);
        return caseload.count(query, today, scope());
    }

    /** The role's share of the caseload, as {@code AccessControl.canSeeCase} describes it, for the query. */
    private Scope scope() {
        UserAccount user = access.current();
        return switch (user.role()) {
            case ATTORNEY, ADMINISTRATOR -> Scope.ALL;
            case ADVOCATE -> new Scope(user.program(), null);
            case VOLUNTEER -> new Scope(null, user.name());
        };
    }

    List<ConflictHit> conflicts(PersonQuery who, int limit) {
        access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        ConflictRanking ranking = new ConflictRanking(who);
        Set<String> words = ranking.words();
        if (limit <= 0 || words.isEmpty() && who.dob() == null) {
            return List.of();
        }
        return tx.inTransaction(() -> {
            List<Ranked> hits = new ArrayList<>(clientHits(ranking, words, who.dob()));
            if (access.can(Action.READ, DataKind.PROTECTED_1367)) {
                hits.addAll(partyHits(ranking, words, who.dob()));
            }
            return hits.stream().sorted(Comparator.comparingInt(Ranked::score).reversed()
                    .thenComparing(h -> h.hit().displayName())).limit(limit).map(Ranked::hit).toList();
        });
    }

    private List<Ranked> clientHits(ConflictRanking ranking, Set<String> words, LocalDate dob) {
        Map<Long, Client> found = clients.findAll(conflicts.clientCandidates(words, dob, CANDIDATES));
        List<Ranked> out = new ArrayList<>();
        for (Client c : found.values()) {
            Person p = c.person();
            ConflictRanking.Match m = ranking.match(p.givenName(), p.familyName(), p.aliases(), p.dob());
            if (m.score() > 0) {
                out.add(new Ranked(m.score(), new ConflictHit(ConflictHit.Kind.CLIENT,
                        ClientSummary.displayName(p.givenName(), p.familyName(), p.preferredName()), p.dob(),
                        m.matchedOn() + "; already a client", c.id(), null, null)));
            }
        }
        return out;
    }

    private List<Ranked> partyHits(ConflictRanking ranking, Set<String> words, LocalDate dob) {
        List<AdverseParty> found = parties.matching(words, dob, CANDIDATES);
        Map<Long, CaseInfo> byId = cases.byIds(found.stream().map(AdverseParty::caseId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CaseInfo::id, Function.identity()));
        List<Ranked> out = new ArrayList<>();
        for (AdverseParty p : found) {
            ConflictRanking.Match m = ranking.match(p.givenName(), p.familyName(), p.aliases(), p.dob());
            CaseInfo c = byId.get(p.caseId());
            if (m.score() > 0 && c != null) {
                out.add(new Ranked(m.score() + 1, new ConflictHit(ConflictHit.Kind.ADVERSE_PARTY,
                        ClientSummary.displayName(p.givenName(), p.familyName(), null), p.dob(),
                        m.matchedOn() + "; " + ConflictRanking.describeParty(p.role(), c.caseNumber()), c.clientId(),
                        c.id(), p.role())));
            }
        }
        return out;
    }

    /** A hit with its score; adverse parties rank above clients on an equal match (the warning matters more). */
    private record Ranked(int score, ConflictHit hit) {
    }
}
