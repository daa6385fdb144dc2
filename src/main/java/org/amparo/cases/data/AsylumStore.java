package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.FACT_ASYLUM;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactAsylum;
import org.amparo.db.jooq.tables.records.FactAsylumRecord;
import org.amparo.facts.Asylum;
import org.amparo.facts.FactsDocument;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code asylum}. */
final class AsylumStore implements SectionStore {

    private static final FactAsylum A = FACT_ASYLUM;
    private static final List<Field<?>> MAIN = List.of(A.CLIENT_ID, A.INTENDS_TO_APPLY, A.LAST_ARRIVAL_DATE,
            A.FILED_DATE, A.CHANGED_CIRCUMSTANCES, A.EXTRAORDINARY_CIRCUMSTANCES);

    @Override
    public FactSection section() {
        return FactSection.ASYLUM;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(A);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.asylum();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        Asylum a = (Asylum) value;
        rows.add(A, MAIN, clientId, a.intendsToApply(), a.lastArrivalDate(), a.filedDate(), a.changedCircumstances(),
                a.extraordinaryCircumstances());
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, Object> out = new HashMap<>();
        for (FactAsylumRecord r : ctx.selectFrom(A).where(idsIn(A.CLIENT_ID, clientIds)).fetch()) {
            out.put(r.getClientId(), new Asylum(r.getIntendsToApply(), r.getLastArrivalDate(), r.getFiledDate(),
                    r.getChangedCircumstances(), r.getExtraordinaryCircumstances()));
        }
        return out;
    }
}
