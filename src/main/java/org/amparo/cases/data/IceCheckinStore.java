package org.amparo.cases.data;

import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.db.jooq.Tables.FACT_ICE_CHECKIN;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactIceCheckin;
import org.amparo.db.jooq.tables.records.FactIceCheckinRecord;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.IceCheckin;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code ice_checkins[]}. */
final class IceCheckinStore implements SectionStore {

    private static final FactIceCheckin C = FACT_ICE_CHECKIN;
    private static final List<Field<?>> CHECKIN = List.of(C.CLIENT_ID, C.POSITION, C.REF, C.CHECKIN_DATE, C.OFFICE,
            C.CHECKIN_TYPE);

    @Override
    public FactSection section() {
        return FactSection.ICE_CHECKINS;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(C);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.iceCheckins();
    }

    @Override
    public Object whenNoRows() {
        return List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(RowBatch rows, long clientId, Object value) {
        List<IceCheckin> checkins = (List<IceCheckin>) value;
        for (int i = 0; i < checkins.size(); i++) {
            IceCheckin c = checkins.get(i);
            rows.add(C, CHECKIN, clientId, i, c.ref(), c.date(), c.office(), name(c.type()));
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        return new HashMap<>(Values.group(ctx.selectFrom(C).where(idsIn(C.CLIENT_ID, clientIds))
                .orderBy(C.CLIENT_ID, C.POSITION).fetch(), FactIceCheckinRecord::getClientId,
                r -> new IceCheckin(r.getRef(), r.getCheckinDate(), r.getOffice(),
                        parse(IceCheckin.Type.class, r.getCheckinType()))));
    }
}
