package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.FACT_SOURCE;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.records.FactSourceRecord;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code facts_sources}: JSON path → source, in the document's order. */
final class SourceStore implements SectionStore {

    private static final org.amparo.db.jooq.tables.FactSource S = FACT_SOURCE;
    private static final List<Field<?>> SOURCE = List.of(S.CLIENT_ID, S.POSITION, S.JSON_PATH, S.SOURCE);

    @Override
    public FactSection section() {
        return FactSection.SOURCES;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(S);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.factsSources();
    }

    @Override
    public Object whenNoRows() {
        return Map.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(RowBatch rows, long clientId, Object value) {
        int position = 0;
        for (Map.Entry<String, FactSource> e : ((Map<String, FactSource>) value).entrySet()) {
            rows.add(S, SOURCE, clientId, position++, e.getKey(), e.getValue() == null ? null : e.getValue().name());
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, Object> out = new HashMap<>();
        for (FactSourceRecord r : ctx.selectFrom(S).where(idsIn(S.CLIENT_ID, clientIds))
                .orderBy(S.CLIENT_ID, S.POSITION).fetch()) {
            @SuppressWarnings("unchecked")
            Map<String, FactSource> map = (Map<String, FactSource>) out.computeIfAbsent(r.getClientId(),
                    id -> new LinkedHashMap<String, FactSource>());
            map.put(r.getJsonPath(), FactSource.valueOf(r.getSource()));
        }
        return out;
    }
}
