package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CLIENT_FACTS;
import static org.amparo.platform.db.IdConditions.idsIn;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.ClientFacts;
import org.amparo.db.jooq.tables.records.ClientFactsRecord;
import org.amparo.facts.FactsDocument;
import org.amparo.platform.db.BulkLoad;
import org.amparo.platform.db.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A client's facts (every section but person) in the normalised {@code fact_*} tables. Reads take many clients at
 * once with one query per table; writes go through {@link RowBatch}. Each section has its own version in
 * {@code client_facts}: a section is rewritten only if its version is still the one the editor read.
 */
public final class FactsRepository {

    private static final ClientFacts F = CLIENT_FACTS;
    private static final List<SectionStore> STORES = List.of(new ImmigrationStore(), new CriminalStore(),
            new ConductStore(), new UStore(), new TStore(), new VawaStore(), new FamilyStore(), new CourtEventStore(),
            new IceCheckinStore(), new AsylumStore(), new SijsStore(), new SourceStore(), new ExtensionsStore());

    private final Database db;

    @Inject
    public FactsRepository(Database db) {
        this.db = db;
    }

    /**
     * Runs a bulk load (an import: one transaction inside {@code work}) under H2's bulk settings, then restores them
     * and syncs the file before returning (see {@code platform.db.BulkLoad}).
     */
    public void bulkLoad(Runnable work) {
        BulkLoad.run(db, work);
    }

    /** The stored facts of each client in {@code clientIds} (clients with nothing stored get {@link StoredFacts#none}). */
    public Map<Long, StoredFacts> read(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return db.transactionResult(ctx -> read(ctx, clientIds));
    }

    private static Map<Long, StoredFacts> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, ClientFactsRecord> heads = new HashMap<>();
        ctx.selectFrom(F).where(idsIn(F.CLIENT_ID, clientIds)).fetch().forEach(r -> heads.put(r.getClientId(), r));
        Map<FactSection, Map<Long, Object>> bySection = new EnumMap<>(FactSection.class);
        for (SectionStore store : STORES) {
            bySection.put(store.section(), store.read(ctx, clientIds));
        }
        Map<Long, StoredFacts> out = new HashMap<>();
        for (Long id : clientIds) {
            ClientFactsRecord head = heads.get(id);
            out.put(id, head == null ? StoredFacts.none(id) : assemble(head, bySection));
        }
        return out;
    }

    private static StoredFacts assemble(ClientFactsRecord head, Map<FactSection, Map<Long, Object>> bySection) {
        Map<FactSection, Object> sections = new EnumMap<>(FactSection.class);
        Map<FactSection, Integer> versions = new EnumMap<>(FactSection.class);
        for (SectionStore store : STORES) {
            FactsColumns columns = FactsColumns.of(store.section());
            versions.put(store.section(), head.get(columns.version()));
            if (Boolean.TRUE.equals(head.get(columns.present()))) {
                Object value = bySection.get(store.section()).getOrDefault(head.getClientId(), store.whenNoRows());
                if (value != null) {
                    sections.put(store.section(), value);
                }
            }
        }
        return new StoredFacts(head.getClientId(), sections, versions);
    }

    /** Stores the facts of new clients (no facts stored yet), in the current transaction, as JDBC batches. */
    public void insertAll(Map<Long, FactsDocument> documents, String user) {
        db.transaction(ctx -> {
            RowBatch heads = new RowBatch(user);
            RowBatch rows = new RowBatch(user);
            List<Field<?>> headFields = headFields();
            for (Map.Entry<Long, FactsDocument> e : documents.entrySet()) {
                List<Object> head = new ArrayList<>();
                head.add(e.getKey());
                for (SectionStore store : STORES) {
                    Object value = store.valueOf(e.getValue());
                    head.add(value != null);
                    if (value != null) {
                        store.add(rows, e.getKey(), value);
                    }
                }
                heads.add(F, headFields, head.toArray());
            }
            heads.write(ctx);
            rows.write(ctx);
        });
    }

    private static List<Field<?>> headFields() {
        List<Field<?>> fields = new ArrayList<>();
        fields.add(F.CLIENT_ID);
        STORES.forEach(store -> fields.add(FactsColumns.of(store.section()).present()));
        return fields;
    }

    /**
     * Replaces one section of a client's facts if its stored version is still {@code expectedVersion}; returns false
     * (nothing changed) when it is not.
     */
    public boolean replaceSection(long clientId, FactSection section, FactsDocument source, int expectedVersion,
            String user) {
        SectionStore store = store(section);
        FactsColumns columns = FactsColumns.of(section);
        return db.transactionResult(ctx -> {
            ctx.insertInto(F).set(F.CLIENT_ID, clientId).set(F.CREATED_BY, user).set(F.UPDATED_BY, user)
                    .onDuplicateKeyIgnore().execute();
            Object value = store.valueOf(source);
            int n = ctx.update(F).set(columns.present(), value != null)
                    .set(columns.version(), columns.version().plus(1)).set(F.VERSION, F.VERSION.plus(1))
                    .set(F.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).set(F.UPDATED_BY, user)
                    .where(F.CLIENT_ID.eq(clientId).and(columns.version().eq(expectedVersion))).execute();
            if (n == 0) {
                return false;
            }
            for (Table<?> table : store.tables()) {
                ctx.deleteFrom(table).where(table.field("CLIENT_ID", Long.class).eq(clientId)).execute();
            }
            if (value != null) {
                RowBatch rows = new RowBatch(user);
                store.add(rows, clientId, value);
                rows.write(ctx);
            }
            return true;
        });
    }

    private static SectionStore store(FactSection section) {
        return STORES.stream().filter(s -> s.section() == section).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(section + " is not stored with the facts"));
    }
}
