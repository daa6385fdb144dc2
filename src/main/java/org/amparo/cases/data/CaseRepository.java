package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CASE_RELIEF;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.platform.db.IdConditions.anyOf;
import static org.amparo.platform.db.IdConditions.idsIn;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.db.jooq.tables.records.ClientCaseRecord;
import org.amparo.platform.db.Database;
import org.amparo.screening.ReliefResult.Relief;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Cases ({@code client_case}) and the relief each pursues; updates are guarded by the version column. */
public final class CaseRepository {

    private static final List<Field<?>> RELIEF = List.of(CASE_RELIEF.CASE_ID, CASE_RELIEF.RELIEF);
    private static final List<Field<?>> CASE = List.of(CLIENT_CASE.CLIENT_ID, CLIENT_CASE.CASE_NUMBER,
            CLIENT_CASE.STATUS, CLIENT_CASE.PROGRAM, CLIENT_CASE.ASSIGNED_ADVOCATE, CLIENT_CASE.ASSIGNED_ATTORNEY,
            CLIENT_CASE.OPENED_ON, CLIENT_CASE.CLOSED_ON);
    private static final Condition ACTIVE = CLIENT_CASE.STATUS.in(CaseStatus.INTAKE.name(), CaseStatus.OPEN.name());
    private static final List<CaseStatus> ACTIVE_STATUSES = List.of(CaseStatus.INTAKE, CaseStatus.OPEN);

    private final Database db;
    private final CaseNumbers numbers = new CaseNumbers();

    @Inject
    public CaseRepository(Database db) {
        this.db = db;
    }

    /** Inserts cases (ids null); blank case numbers get the next free numbers of {@code year}. Returns them stored. */
    public List<CaseInfo> insertAll(List<CaseInfo> cases, int year, String user) {
        return db.transactionResult(ctx -> {
            long blanks = cases.stream().filter(c -> isBlank(c.caseNumber())).count();
            List<String> fresh = numbers.reserve(ctx, (int) blanks, year, user);
            List<String> numbers = new ArrayList<>(cases.size());
            List<Object[]> rows = new ArrayList<>(cases.size());
            int next = 0;
            for (CaseInfo c : cases) {
                String number = isBlank(c.caseNumber()) ? fresh.get(next++) : c.caseNumber().strip();
                numbers.add(number);
                rows.add(new Object[] {c.clientId(), number, c.status().name(), c.program(), c.assignedAdvocate(),
                        c.assignedAttorney(), c.openedOn(), c.closedOn()});
            }
            List<Long> ids = RowBatch.insertReturningIds(ctx, user, CLIENT_CASE, CASE, rows);
            RowBatch relief = new RowBatch(user);
            List<CaseInfo> stored = new ArrayList<>(cases.size());
            for (int i = 0; i < cases.size(); i++) {
                CaseInfo c = cases.get(i);
                long id = ids.get(i);
                c.reliefPursued().forEach(r -> relief.add(CASE_RELIEF, RELIEF, id, r.name()));
                stored.add(withId(c, id, numbers.get(i), 0));
            }
            relief.write(ctx);
            return stored;
        });
    }

    /** Rewrites a case if nobody saved it since {@code info.version()}; false (nothing changed) otherwise. */
    public boolean update(CaseInfo info, String user) {
        return db.transactionResult(ctx -> {
            ClientCaseRecord r = toRecord(ctx, info);
            r.setCaseNumber(info.caseNumber().strip());
            r.setVersion(info.version() + 1);
            r.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
            r.setUpdatedBy(user);
            int n = ctx.update(CLIENT_CASE).set(r)
                    .where(CLIENT_CASE.ID.eq(info.id()).and(CLIENT_CASE.VERSION.eq(info.version()))).execute();
            if (n == 0) {
                return false;
            }
            ctx.deleteFrom(CASE_RELIEF).where(CASE_RELIEF.CASE_ID.eq(info.id())).execute();
            RowBatch relief = new RowBatch(user);
            info.reliefPursued().forEach(x -> relief.add(CASE_RELIEF, RELIEF, info.id(), x.name()));
            relief.write(ctx);
            return true;
        });
    }

    public Optional<CaseInfo> find(long id) {
        return first(CLIENT_CASE.ID.eq(id));
    }

    /**
     * The case, its row locked until this transaction ends: a writer that must see the case as it is when it commits
     * (a draft save racing the intake's finish) waits here for the other writer instead of acting on a stale read.
     */
    public Optional<CaseInfo> lock(long id) {
        return db.transactionResult(ctx -> read(ctx, ctx.selectFrom(CLIENT_CASE).where(CLIENT_CASE.ID.eq(id))
                .forUpdate().fetch())).stream().findFirst();
    }

    public Optional<CaseInfo> findByNumber(String caseNumber) {
        return first(CLIENT_CASE.CASE_NUMBER.eq(caseNumber.strip()));
    }

    /** A client's cases, oldest first. */
    public List<CaseInfo> ofClient(long clientId) {
        return where(CLIENT_CASE.CLIENT_ID.eq(clientId));
    }

    public boolean numberTaken(String caseNumber) {
        return db.dsl().fetchExists(CLIENT_CASE, CLIENT_CASE.CASE_NUMBER.eq(caseNumber.strip()));
    }

    /**
     * Up to {@code limit} intake and open cases with an id above {@code afterId}, by id. Each status is read in id
     * order from its {@code (status, id)} index, {@code limit} at most, and the two merged. A single query over both
     * statuses sorts every active case above {@code afterId} to return the first {@code limit}: paging through
     * 100,000 cases that way read about five million rows, a fifth of a re-screen's work. The page itself is then
     * read as an id range, not as {@code id = ANY(?)}: H2 converts that array parameter again for every row it tests.
     */
    public List<CaseInfo> activeAfter(long afterId, int limit) {
        return db.transactionResult(ctx -> {
            List<Long> ids = new ArrayList<>();
            for (CaseStatus status : ACTIVE_STATUSES) {
                ids.addAll(ctx.select(CLIENT_CASE.ID).from(CLIENT_CASE)
                        .where(CLIENT_CASE.STATUS.eq(status.name()).and(CLIENT_CASE.ID.gt(afterId)))
                        .orderBy(CLIENT_CASE.STATUS, CLIENT_CASE.ID).limit(limit).fetch(CLIENT_CASE.ID));
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            Collections.sort(ids);
            // every active case between the page's first and last id is on the page: a primary-key range scan
            long last = ids.get(Math.min(limit, ids.size()) - 1);
            return read(ctx, ctx.selectFrom(CLIENT_CASE).where(ACTIVE.and(CLIENT_CASE.ID.between(ids.get(0), last)))
                    .orderBy(CLIENT_CASE.ID).fetch());
        });
    }

    public List<CaseInfo> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : where(anyOf(CLIENT_CASE.ID, ids));
    }

    /** The intake and open cases of these clients. */
    public List<CaseInfo> activeOf(Collection<Long> clientIds) {
        return clientIds.isEmpty() ? List.of() : where(ACTIVE.and(anyOf(CLIENT_CASE.CLIENT_ID, clientIds)));
    }

    private Optional<CaseInfo> first(Condition condition) {
        return where(condition).stream().findFirst();
    }

    private List<CaseInfo> where(Condition condition) {
        return db.transactionResult(ctx -> read(ctx, ctx.selectFrom(CLIENT_CASE).where(condition)
                .orderBy(CLIENT_CASE.ID).fetch()));
    }

    private static List<CaseInfo> read(DSLContext ctx, List<ClientCaseRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ClientCaseRecord::getId).toList();
        // a range when the ids are dense: the relief of cases not asked for is read and left unused
        Map<Long, List<Relief>> relief = Values.group(ctx.selectFrom(CASE_RELIEF)
                .where(idsIn(CASE_RELIEF.CASE_ID, ids)).fetch(), r -> r.getCaseId(),
                r -> Relief.valueOf(r.getRelief()));
        return rows.stream().map(r -> toInfo(r, relief.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static CaseInfo toInfo(ClientCaseRecord r, List<Relief> relief) {
        Set<Relief> pursued = relief.isEmpty() ? Set.of() : EnumSet.copyOf(relief);
        return new CaseInfo(r.getId(), r.getClientId(), r.getCaseNumber(), pursued, CaseStatus.valueOf(r.getStatus()),
                r.getAssignedAdvocate(), r.getAssignedAttorney(), r.getProgram(), r.getOpenedOn(), r.getClosedOn(),
                r.getVersion());
    }

    private static ClientCaseRecord toRecord(DSLContext ctx, CaseInfo c) {
        ClientCaseRecord r = ctx.newRecord(CLIENT_CASE);
        r.setClientId(c.clientId());
        r.setStatus(c.status().name());
        r.setProgram(c.program());
        r.setAssignedAdvocate(c.assignedAdvocate());
        r.setAssignedAttorney(c.assignedAttorney());
        r.setOpenedOn(c.openedOn());
        r.setClosedOn(c.closedOn());
        return r;
    }

    private static CaseInfo withId(CaseInfo c, long id, String number, int version) {
        return new CaseInfo(id, c.clientId(), number, c.reliefPursued(), c.status(), c.assignedAdvocate(),
                c.assignedAttorney(), c.program(), c.openedOn(), c.closedOn(), version);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
