package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.ADVERSE_PARTY;
import static org.amparo.db.jooq.Tables.ADVERSE_PARTY_ALIAS;
import static org.amparo.db.jooq.Tables.ADVERSE_PARTY_TERM;
import static org.amparo.platform.db.IdConditions.anyOf;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.cases.AdverseParty;
import org.amparo.db.jooq.tables.records.AdversePartyRecord;
import org.amparo.platform.db.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Adverse parties with their aliases and folded search terms (for the conflict check); updates are versioned. */
public final class PartyRepository {

    private static final List<Field<?>> ALIAS = List.of(ADVERSE_PARTY_ALIAS.PARTY_ID, ADVERSE_PARTY_ALIAS.POSITION,
            ADVERSE_PARTY_ALIAS.ALIAS);
    private static final List<Field<?>> TERM = List.of(ADVERSE_PARTY_TERM.TERM, ADVERSE_PARTY_TERM.PARTY_ID);

    private final Database db;

    @Inject
    public PartyRepository(Database db) {
        this.db = db;
    }

    public AdverseParty insert(AdverseParty p, String user) {
        return db.transactionResult(ctx -> {
            AdversePartyRecord r = toRecord(ctx, p);
            r.setCreatedBy(user);
            r.setUpdatedBy(user);
            long id = ctx.insertInto(ADVERSE_PARTY).set(r).returningResult(ADVERSE_PARTY.ID).fetchOne().value1();
            writeChildren(ctx, id, p, user);
            return copy(p, id, 0);
        });
    }

    /** Rewrites a party if nobody saved it since {@code p.version()}; empty (nothing changed) otherwise. */
    public Optional<AdverseParty> update(AdverseParty p, String user) {
        return db.transactionResult(ctx -> {
            AdversePartyRecord r = toRecord(ctx, p);
            r.setVersion(p.version() + 1);
            r.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
            r.setUpdatedBy(user);
            int n = ctx.update(ADVERSE_PARTY).set(r).where(ADVERSE_PARTY.ID.eq(p.id())
                    .and(ADVERSE_PARTY.VERSION.eq(p.version()))).execute();
            if (n == 0) {
                return Optional.<AdverseParty>empty();
            }
            ctx.deleteFrom(ADVERSE_PARTY_ALIAS).where(ADVERSE_PARTY_ALIAS.PARTY_ID.eq(p.id())).execute();
            ctx.deleteFrom(ADVERSE_PARTY_TERM).where(ADVERSE_PARTY_TERM.PARTY_ID.eq(p.id())).execute();
            writeChildren(ctx, p.id(), p, user);
            return Optional.of(copy(p, p.id(), p.version() + 1));
        });
    }

    private static void writeChildren(DSLContext ctx, long id, AdverseParty p, String user) {
        RowBatch rows = new RowBatch(user);
        for (int i = 0; i < p.aliases().size(); i++) {
            rows.add(ADVERSE_PARTY_ALIAS, ALIAS, id, i, p.aliases().get(i));
        }
        Set<String> terms = Folding.words(p.givenName(), p.familyName());
        p.aliases().forEach(a -> terms.addAll(Folding.words(a)));
        terms.forEach(t -> rows.add(ADVERSE_PARTY_TERM, TERM, t, id));
        rows.write(ctx);
    }

    public List<AdverseParty> ofCase(long caseId) {
        return where(ADVERSE_PARTY.CASE_ID.eq(caseId));
    }

    public Optional<AdverseParty> find(long id) {
        return where(ADVERSE_PARTY.ID.eq(id)).stream().findFirst();
    }

    /** Parties with any of these folded words among their name and alias words, or born on {@code dob}. */
    public List<AdverseParty> matching(Collection<String> words, LocalDate dob, int limit) {
        Condition byTerm = ADVERSE_PARTY.ID.in(termMatches(words));
        Condition byDob = dob == null ? DSL.falseCondition() : ADVERSE_PARTY.DOB.eq(dob);
        return db.transactionResult(ctx -> read(ctx, ctx.selectFrom(ADVERSE_PARTY).where(byTerm.or(byDob))
                .orderBy(ADVERSE_PARTY.ID).limit(limit).fetch()));
    }

    private static Select<Record1<Long>> termMatches(Collection<String> words) {
        return DSL.select(ADVERSE_PARTY_TERM.PARTY_ID).from(ADVERSE_PARTY_TERM)
                .where(ADVERSE_PARTY_TERM.TERM.in(words));
    }

    private List<AdverseParty> where(Condition condition) {
        return db.transactionResult(ctx -> read(ctx, ctx.selectFrom(ADVERSE_PARTY).where(condition)
                .orderBy(ADVERSE_PARTY.ID).fetch()));
    }

    private static List<AdverseParty> read(DSLContext ctx, List<AdversePartyRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> aliases = Values.group(ctx.selectFrom(ADVERSE_PARTY_ALIAS)
                .where(anyOf(ADVERSE_PARTY_ALIAS.PARTY_ID, rows.stream().map(AdversePartyRecord::getId)
                        .toList())).orderBy(ADVERSE_PARTY_ALIAS.PARTY_ID, ADVERSE_PARTY_ALIAS.POSITION).fetch(),
                r -> r.getPartyId(), r -> r.getAlias());
        return rows.stream().map(r -> new AdverseParty(r.getId(), r.getCaseId(),
                AdverseParty.Role.valueOf(r.getPartyRole()), r.getGivenName(), r.getFamilyName(),
                aliases.getOrDefault(r.getId(), List.of()), r.getDob(), r.getRelationship(), r.getVersion())).toList();
    }

    private static AdversePartyRecord toRecord(DSLContext ctx, AdverseParty p) {
        AdversePartyRecord r = ctx.newRecord(ADVERSE_PARTY);
        r.setCaseId(p.caseId());
        r.setPartyRole(p.role().name());
        r.setGivenName(p.givenName());
        r.setFamilyName(p.familyName());
        r.setDob(p.dob());
        r.setRelationship(p.relationship());
        return r;
    }

    private static AdverseParty copy(AdverseParty p, long id, int version) {
        return new AdverseParty(id, p.caseId(), p.role(), p.givenName(), p.familyName(), p.aliases(), p.dob(),
                p.relationship(), version);
    }
}
