package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.FACT_EXTENSIONS;
import static org.amparo.platform.db.IdConditions.idsIn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactExtensions;
import org.amparo.db.jooq.tables.records.FactExtensionsRecord;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code extensions}: free-form JSON, stored as its text and preserved as given. */
final class ExtensionsStore implements SectionStore {

    private static final FactExtensions X = FACT_EXTENSIONS;
    private static final List<Field<?>> MAIN = List.of(X.CLIENT_ID, X.JSON_TEXT);

    @Override
    public FactSection section() {
        return FactSection.EXTENSIONS;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(X);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.extensions();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        rows.add(X, MAIN, clientId, ((JsonNode) value).toString());
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, Object> out = new HashMap<>();
        for (FactExtensionsRecord r : ctx.selectFrom(X).where(idsIn(X.CLIENT_ID, clientIds)).fetch()) {
            out.put(r.getClientId(), parse(r.getJsonText()));
        }
        return out;
    }

    private static JsonNode parse(String text) {
        try {
            return FactsJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored extensions are not JSON", e);
        }
    }
}
