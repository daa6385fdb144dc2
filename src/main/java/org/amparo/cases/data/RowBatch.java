package org.amparo.cases.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Rows for many tables, collected in memory and written as JDBC batches (one prepared statement per table, executed
 * every {@value #BATCH} rows): a bulk import makes a few thousand round trips, not one per row. Every row also gets
 * the audit columns {@code version} (0), {@code created_by} and {@code updated_by} (the timestamps default to now).
 */
final class RowBatch {

    private static final int BATCH = 2_000;

    private final String user;
    private final Map<Table<?>, Target> targets = new LinkedHashMap<>();

    RowBatch(String user) {
        this.user = user;
    }

    /** Adds one row of {@code table}; {@code values} match {@code fields} (enums already as their names). */
    void add(Table<?> table, List<Field<?>> fields, Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for "
                    + fields.size() + " columns");
        }
        targets.computeIfAbsent(table, t -> new Target(fields, sqlTypes(fields), new ArrayList<>())).rows().add(values);
    }

    boolean isEmpty() {
        return targets.values().stream().allMatch(t -> t.rows().isEmpty());
    }

    /** Writes every collected row, table by table in the order they were first added, and forgets them. */
    void write(DSLContext ctx) {
        for (Map.Entry<Table<?>, Target> e : targets.entrySet()) {
            if (!e.getValue().rows().isEmpty()) {
                String sql = insertSql(ctx, e.getKey(), e.getValue().fields());
                ctx.connection(conn -> execute(conn, sql, e.getValue()));
            }
        }
        targets.clear();
    }

    /**
     * Inserts {@code rows} of a table with an identity {@code ID} as JDBC batches and returns the generated ids in
     * row order.
     */
    static List<Long> insertReturningIds(DSLContext ctx, String user, Table<?> table, List<Field<?>> fields,
            List<Object[]> rows) {
        String sql = insertSql(ctx, table, fields);
        List<Long> ids = new ArrayList<>(rows.size());
        RowBatch batch = new RowBatch(user);
        int[] types = sqlTypes(fields);
        ctx.connection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql, new String[] {"ID"})) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                        batch.bindRow(ps, types, row);
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
            throw new IllegalStateException(table.getName() + ": " + ids.size() + " ids for " + rows.size() + " rows");
        }
        return ids;
    }

    private static String insertSql(DSLContext ctx, Table<?> table, List<Field<?>> fields) {
        List<Field<?>> all = new ArrayList<>(fields);
        all.add(DSL.field(DSL.name("VERSION"), SQLDataType.INTEGER));
        all.add(DSL.field(DSL.name("CREATED_BY"), SQLDataType.VARCHAR));
        all.add(DSL.field(DSL.name("UPDATED_BY"), SQLDataType.VARCHAR));
        List<Field<?>> unqualified = all.stream().<Field<?>>map(f -> DSL.field(DSL.name(f.getName()), f.getDataType()))
                .toList();
        return ctx.render(ctx.insertInto(table).columns(unqualified)
                .values(Collections.nCopies(unqualified.size(), null)));
    }

    private void execute(Connection conn, String sql, Target target) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : target.rows()) {
                bindRow(ps, target.sqlTypes(), row);
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private void bindRow(PreparedStatement ps, int[] sqlTypes, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            bind(ps, i + 1, sqlTypes[i], row[i]);
        }
        ps.setInt(row.length + 1, 0);
        ps.setString(row.length + 2, user);
        ps.setString(row.length + 3, user);
        ps.addBatch();
    }

    /**
     * The JDBC type of each field, for binding nulls. Looked up once per table: {@code DataType.getSQLType()} builds a
     * new jOOQ configuration on every call, which was a twelfth of an import's main thread.
     */
    private static int[] sqlTypes(List<Field<?>> fields) {
        int[] types = new int[fields.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = fields.get(i).getDataType().getSQLType();
        }
        return types;
    }

    private static void bind(PreparedStatement ps, int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }

    private record Target(List<Field<?>> fields, int[] sqlTypes, List<Object[]> rows) {
    }
}
