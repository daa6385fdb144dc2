package org.amparo.courthouse.data;

import static org.amparo.db.jooq.Tables.COURTHOUSE;
import static org.amparo.db.jooq.Tables.ICE_ACTIVITY_REPORT;
import static org.amparo.db.jooq.Tables.JURISDICTION;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.clients.StaleEditException;
import org.amparo.courthouse.CountyKeys;
import org.amparo.courthouse.Courthouse;
import org.amparo.courthouse.IceActivityReport;
import org.amparo.courthouse.Jurisdiction;
import org.amparo.db.jooq.tables.records.IceActivityReportRecord;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.platform.db.Database;
import org.jooq.Record;

/** Jurisdictions, courthouses and ICE-activity reports. Updates are guarded by the {@code version} column. */
public final class CourthouseRepository {

    private final Database db;

    @Inject
    public CourthouseRepository(Database db) {
        this.db = db;
    }

    public List<Jurisdiction> jurisdictions() {
        return db.dsl().selectFrom(JURISDICTION).orderBy(JURISDICTION.STATE, JURISDICTION.COUNTY_KEY)
                .fetch(r -> new Jurisdiction(r.getId(), r.getState(), r.getCounty()));
    }

    public List<Courthouse> courthouses() {
        return db.dsl().select().from(COURTHOUSE).join(JURISDICTION).on(JURISDICTION.ID.eq(COURTHOUSE.JURISDICTION_ID))
                .orderBy(JURISDICTION.STATE, JURISDICTION.COUNTY_KEY, COURTHOUSE.NAME_KEY)
                .fetch(CourthouseRepository::toCourthouse);
    }

    /** Inserts a courthouse (and its jurisdiction when new); returns it with its id and version 0. */
    public Courthouse insert(Courthouse c) {
        return db.transactionResult(ctx -> {
            long jurisdiction = jurisdictionId(c.state(), c.county());
            Long id = ctx.insertInto(COURTHOUSE).set(COURTHOUSE.JURISDICTION_ID, jurisdiction)
                    .set(COURTHOUSE.NAME, c.name().strip()).set(COURTHOUSE.NAME_KEY, CountyKeys.key(c.name()))
                    .set(COURTHOUSE.ADDRESS, c.address()).set(COURTHOUSE.COURT_TYPES, joined(c.courtTypes()))
                    .set(COURTHOUSE.VERSION, 0).returning(COURTHOUSE.ID).fetchOne(COURTHOUSE.ID);
            return new Courthouse(id, c.name().strip(), c.address(), c.county(), c.state(), c.courtTypes(), 0);
        });
    }

    /** Rewrites a courthouse if nobody saved it since {@code c.version()}. */
    public Courthouse update(Courthouse c) throws StaleEditException {
        int changed = db.transactionResult(ctx -> ctx.update(COURTHOUSE)
                .set(COURTHOUSE.JURISDICTION_ID, jurisdictionId(c.state(), c.county()))
                .set(COURTHOUSE.NAME, c.name().strip()).set(COURTHOUSE.NAME_KEY, CountyKeys.key(c.name()))
                .set(COURTHOUSE.ADDRESS, c.address()).set(COURTHOUSE.COURT_TYPES, joined(c.courtTypes()))
                .set(COURTHOUSE.VERSION, c.version() + 1)
                .where(COURTHOUSE.ID.eq(c.id()).and(COURTHOUSE.VERSION.eq(c.version()))).execute());
        if (changed == 0) {
            throw new StaleEditException("courthouse " + c.id() + " was changed or removed since it was read");
        }
        return new Courthouse(c.id(), c.name().strip(), c.address(), c.county(), c.state(), c.courtTypes(),
                c.version() + 1);
    }

    private long jurisdictionId(String state, String county) {
        String key = CountyKeys.key(county);
        Optional<Long> found = db.dsl().select(JURISDICTION.ID).from(JURISDICTION)
                .where(JURISDICTION.STATE.eq(state).and(JURISDICTION.COUNTY_KEY.eq(key)))
                .fetchOptional(JURISDICTION.ID);
        return found.orElseGet(() -> db.dsl().insertInto(JURISDICTION).set(JURISDICTION.STATE, state)
                .set(JURISDICTION.COUNTY, county.strip()).set(JURISDICTION.COUNTY_KEY, key)
                .returning(JURISDICTION.ID).fetchOne(JURISDICTION.ID));
    }

    /**
     * The id of the courthouse named {@code nameKey} in {@code state} whose county key is one of {@code countyKeys}
     * (any county when that is empty), if exactly one matches.
     */
    public Optional<Long> findCourthouse(String state, Collection<String> countyKeys, String nameKey) {
        var where = JURISDICTION.STATE.eq(state).and(COURTHOUSE.NAME_KEY.eq(nameKey));
        if (!countyKeys.isEmpty()) {
            where = where.and(JURISDICTION.COUNTY_KEY.in(countyKeys));
        }
        List<Long> ids = db.dsl().select(COURTHOUSE.ID).from(COURTHOUSE).join(JURISDICTION)
                .on(JURISDICTION.ID.eq(COURTHOUSE.JURISDICTION_ID)).where(where).fetch(COURTHOUSE.ID);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    public List<IceActivityReport> reports(long courthouseId) {
        return db.dsl().selectFrom(ICE_ACTIVITY_REPORT).where(ICE_ACTIVITY_REPORT.COURTHOUSE_ID.eq(courthouseId))
                .orderBy(ICE_ACTIVITY_REPORT.OBSERVED_ON.desc(), ICE_ACTIVITY_REPORT.ID.desc())
                .fetch(CourthouseRepository::toReport);
    }

    /** Reports at a courthouse observed in {@code [from, to]}. */
    public int countReports(long courthouseId, LocalDate from, LocalDate to) {
        return db.dsl().fetchCount(ICE_ACTIVITY_REPORT, ICE_ACTIVITY_REPORT.COURTHOUSE_ID.eq(courthouseId)
                .and(ICE_ACTIVITY_REPORT.OBSERVED_ON.between(from, to)));
    }

    public IceActivityReport insertReport(IceActivityReport r) {
        return db.transactionResult(ctx -> {
            IceActivityReportRecord row = ctx.newRecord(ICE_ACTIVITY_REPORT);
            row.setCourthouseId(r.courthouseId());
            row.setObservedOn(r.observedOn());
            row.setWhatSeen(r.whatSeen());
            row.setSource(r.source());
            row.setVerified(r.verified());
            row.setCreatedBy(r.createdBy());
            row.setCreatedAt(r.createdAt());
            row.setVersion(0);
            row.store();
            return toReport(row);
        });
    }

    /** Rewrites what was seen, the source, the date and whether it is verified, if the version still matches. */
    public IceActivityReport updateReport(IceActivityReport r) throws StaleEditException {
        int changed = db.transactionResult(ctx -> ctx.update(ICE_ACTIVITY_REPORT)
                .set(ICE_ACTIVITY_REPORT.OBSERVED_ON, r.observedOn()).set(ICE_ACTIVITY_REPORT.WHAT_SEEN, r.whatSeen())
                .set(ICE_ACTIVITY_REPORT.SOURCE, r.source()).set(ICE_ACTIVITY_REPORT.VERIFIED, r.verified())
                .set(ICE_ACTIVITY_REPORT.VERSION, r.version() + 1)
                .where(ICE_ACTIVITY_REPORT.ID.eq(r.id()).and(ICE_ACTIVITY_REPORT.VERSION.eq(r.version()))).execute());
        if (changed == 0) {
            throw new StaleEditException("ICE-activity report " + r.id() + " was changed or removed since it was read");
        }
        return new IceActivityReport(r.id(), r.courthouseId(), r.observedOn(), r.whatSeen(), r.source(),
                r.verified(), r.createdBy(), r.createdAt(), r.version() + 1);
    }

    private static Courthouse toCourthouse(Record r) {
        return new Courthouse(r.get(COURTHOUSE.ID), r.get(COURTHOUSE.NAME), r.get(COURTHOUSE.ADDRESS),
                r.get(JURISDICTION.COUNTY), r.get(JURISDICTION.STATE), split(r.get(COURTHOUSE.COURT_TYPES)),
                r.get(COURTHOUSE.VERSION));
    }

    private static IceActivityReport toReport(IceActivityReportRecord r) {
        return new IceActivityReport(r.getId(), r.getCourthouseId(), r.getObservedOn(), r.getWhatSeen(),
                r.getSource(), r.getVerified(), r.getCreatedBy(), r.getCreatedAt(), r.getVersion());
    }

    static String joined(Set<CourtType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<CourtType> split(String joined) {
        Set<CourtType> types = EnumSet.noneOf(CourtType.class);
        Arrays.stream(joined.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .forEach(s -> types.add(CourtType.valueOf(s)));
        return types;
    }
}
