package org.amparo.clients.data;

import static org.amparo.db.jooq.Tables.CLIENT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.amparo.db.jooq.tables.records.ClientRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Inserts many client rows as JDBC batches ({@value #BATCH} rows a round trip) and returns their generated ids in
 * order: a bulk import writes 100,000 clients without one statement per client.
 */
final class ClientBatchInsert {

    private static final int BATCH = 2_000;
    private static final List<Field<?>> FIELDS = Arrays.stream(CLIENT.fields())
            .filter(f -> !f.equals(CLIENT.ID) && !f.equals(CLIENT.VERSION)).toList();
    /** Their JDBC types, for binding nulls ({@code DataType.getSQLType()} builds a jOOQ configuration per call). */
    private static final int[] SQL_TYPES = FIELDS.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();

    private ClientBatchInsert() {
    }

    static List<Long> insert(DSLContext ctx, List<ClientRecord> rows) {
        List<Field<?>> columns = FIELDS.stream().<Field<?>>map(f -> DSL.field(DSL.name(f.getName()), f.getDataType()))
                .toList();
        String sql = ctx.render(ctx.insertInto(CLIENT).columns(columns)
                .values(Collections.nCopies(columns.size(), null)));
        List<Long> ids = new ArrayList<>(rows.size());
        ctx.connection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql, new String[] {"ID"})) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    for (ClientRecord row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                        for (int i = 0; i < FIELDS.size(); i++) {
                            Object value = row.get(FIELDS.get(i));
                            if (value == null) {
                                ps.setNull(i + 1, SQL_TYPES[i]);
                            } else {
                                ps.setObject(i + 1, value);
                            }
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                }
            }
        });
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(ids.size() + " client ids for " + rows.size() + " rows");
        }
        return ids;
    }
}
