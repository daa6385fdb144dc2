package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.db.jooq.Tables.FACT_COURT_EVENT;
import static org.amparo.db.jooq.Tables.FACT_ICE_CHECKIN;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ScheduledEvent;
import org.amparo.platform.db.Database;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Court events and ICE check-ins of clients with an intake or open case, by date (indexed on the date). */
public final class EventRepository {

    private final Database db;

    @Inject
    public EventRepository(Database db) {
        this.db = db;
    }

    /** Events dated in [from, to] by date then client; {@code clientDisplayName} is left null for the caller. */
    public List<ScheduledEvent> between(LocalDate from, LocalDate to) {
        return db.transactionResult(ctx -> {
            List<ScheduledEvent> out = new ArrayList<>();
            ctx.selectFrom(FACT_COURT_EVENT).where(FACT_COURT_EVENT.EVENT_DATE.between(from, to)
                    .and(activeClient(FACT_COURT_EVENT.CLIENT_ID))).fetch()
                    .forEach(r -> out.add(new ScheduledEvent(r.getClientId(), null, r.getRef(),
                            ScheduledEvent.Kind.COURT_EVENT, r.getEventDate(), r.getCourthouse(), r.getCourtType(),
                            r.getCounty(), r.getState())));
            ctx.selectFrom(FACT_ICE_CHECKIN).where(FACT_ICE_CHECKIN.CHECKIN_DATE.between(from, to)
                    .and(activeClient(FACT_ICE_CHECKIN.CLIENT_ID))).fetch()
                    .forEach(r -> out.add(new ScheduledEvent(r.getClientId(), null, r.getRef(),
                            ScheduledEvent.Kind.ICE_CHECKIN, r.getCheckinDate(), r.getOffice(), null, null, null)));
            out.sort(Comparator.comparing(ScheduledEvent::date).thenComparing(ScheduledEvent::clientId)
                    .thenComparing(ScheduledEvent::kind));
            return out;
        });
    }

    private static Condition activeClient(Field<Long> clientId) {
        return DSL.exists(DSL.selectOne().from(CLIENT_CASE).where(CLIENT_CASE.CLIENT_ID.eq(clientId)
                .and(CLIENT_CASE.STATUS.in(CaseStatus.INTAKE.name(), CaseStatus.OPEN.name()))));
    }
}
