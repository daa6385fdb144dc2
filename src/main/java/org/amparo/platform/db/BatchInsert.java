package org.amparo.platform.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * One table's insert statement, run over many rows as JDBC batches of {@value #BATCH} rows: a bulk import makes a few
 * thousand round trips, not one per row. The statement is rendered once by jOOQ and the values are bound straight to
 * JDBC with typed setters, which skip the type tests of jOOQ's batch binding and of the driver's {@code setObject}
 * (binding was about a quarter of an import's main thread before, a sixth after).
 *
 * <p>The last {@code trailing.length} columns take the same values in every row (the audit columns of the facts
 * tables, for example), so the rows carry only their own values.
 */
public final class BatchInsert {

    static final int BATCH = 2_000;

    private final String sql;
    private final int[] sqlTypes;
    private final Object[] trailing;

    /**
     * @param columns  the table's columns to insert, in the order of each row's values followed by the trailing ones
     * @param trailing the values of the last columns, the same in every row
     */
    public BatchInsert(DSLContext ctx, Table<?> table, List<? extends Field<?>> columns, Object... trailing) {
        if (trailing.length > columns.size()) {
            throw new IllegalArgumentException(table.getName() + ": " + trailing.length + " trailing values for "
                    + columns.size() + " columns");
        }
        List<Field<?>> unqualified = columns.stream().<Field<?>>map(f -> DSL.field(DSL.name(f.getName()),
                f.getDataType())).toList();
        this.sql = ctx.render(ctx.insertInto(table).columns(unqualified)
                .values(Collections.nCopies(unqualified.size(), null)));
        this.sqlTypes = new int[columns.size()];
        for (int i = 0; i < sqlTypes.length; i++) {
            // once per statement: getSQLType() builds a jOOQ configuration on every call
            sqlTypes[i] = columns.get(i).getDataType().getSQLType();
        }
        this.trailing = trailing.clone();
    }

    /** Inserts {@code rows} (each the values of the columns before the trailing ones). */
    public void insert(DSLContext ctx, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ctx.connection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                run(ps, rows, null);
            }
        });
    }

    /** Inserts {@code rows} into a table with an identity {@code ID} and returns the generated ids in row order. */
    public List<Long> insertReturningIds(DSLContext ctx, List<Object[]> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return ids;
        }
        ctx.connection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql, new String[] {"ID"})) {
                run(ps, rows, ids);
            }
        });
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(ids.size() + " generated ids for " + rows.size() + " rows");
        }
        return ids;
    }

    private void run(PreparedStatement ps, List<Object[]> rows, List<Long> ids) throws SQLException {
        int own = sqlTypes.length - trailing.length;
        int pending = 0;
        for (Object[] row : rows) {
            if (row.length != own) {
                throw new IllegalArgumentException(row.length + " values for " + own + " columns");
            }
            for (int i = 0; i < own; i++) {
                bind(ps, i + 1, sqlTypes[i], row[i]);
            }
            for (int i = 0; i < trailing.length; i++) {
                bind(ps, own + i + 1, sqlTypes[own + i], trailing[i]);
            }
            ps.addBatch();
            if (++pending == BATCH) {
                execute(ps, ids);
                pending = 0;
            }
        }
        if (pending > 0) {
            execute(ps, ids);
        }
    }

    private static void execute(PreparedStatement ps, List<Long> ids) throws SQLException {
        ps.executeBatch();
        if (ids != null) {
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
    }

    /**
     * Binds one value with the setter of its type ({@code setObject} makes the driver test the value against every
     * type it knows); a null with the column's JDBC type.
     */
    static void bind(PreparedStatement ps, int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else {
            ps.setObject(index, value);
        }
    }
}
