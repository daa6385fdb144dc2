package org.amparo.clients.data;

import static org.amparo.db.jooq.Tables.CLIENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amparo.db.jooq.tables.records.ClientRecord;
import org.amparo.platform.db.BatchInsert;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Inserts many client rows as JDBC batches ({@link BatchInsert}) and returns their generated ids in order: a bulk
 * import writes 100,000 clients without one statement per client.
 */
final class ClientBatchInsert {

    private static final List<Field<?>> FIELDS = Arrays.stream(CLIENT.fields())
            .filter(f -> !f.equals(CLIENT.ID) && !f.equals(CLIENT.VERSION)).toList();

    private ClientBatchInsert() {
    }

    static List<Long> insert(DSLContext ctx, List<ClientRecord> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (ClientRecord row : rows) {
            Object[] v = new Object[FIELDS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = row.get(FIELDS.get(i));
            }
            values.add(v);
        }
        return new BatchInsert(ctx, CLIENT, FIELDS).insertReturningIds(ctx, values);
    }
}
