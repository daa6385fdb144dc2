package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.FACT_SIJS;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactSijs;
import org.amparo.db.jooq.tables.records.FactSijsRecord;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Sijs;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code sijs}. */
final class SijsStore implements SectionStore {

    private static final FactSijs S = FACT_SIJS;
    private static final List<Field<?>> MAIN = List.of(S.CLIENT_ID, S.STATE_COURT_ORDER_DATE, S.I360_FILED_DATE);

    @Override
    public FactSection section() {
        return FactSection.SIJS;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(S);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.sijs();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        Sijs s = (Sijs) value;
        rows.add(S, MAIN, clientId, s.stateCourtOrderDate(), s.i360FiledDate());
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, Object> out = new HashMap<>();
        for (FactSijsRecord r : ctx.selectFrom(S).where(idsIn(S.CLIENT_ID, clientIds)).fetch()) {
            out.put(r.getClientId(), new Sijs(r.getStateCourtOrderDate(), r.getI360FiledDate()));
        }
        return out;
    }
}
