package org.amparo.cases.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.platform.db.BatchInsert;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Rows for many tables, collected in memory and written as JDBC batches ({@link BatchInsert}, one statement per
 * table). Every row also gets the audit columns {@code version} (0), {@code created_by} and {@code updated_by} (the
 * timestamps default to now).
 */
final class RowBatch {

    /** The audit columns every row gets, after its own. */
    private static final List<Field<?>> AUDIT = List.of(
            DSL.field(DSL.name("VERSION"), SQLDataType.INTEGER),
            DSL.field(DSL.name("CREATED_BY"), SQLDataType.VARCHAR),
            DSL.field(DSL.name("UPDATED_BY"), SQLDataType.VARCHAR));

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
        targets.computeIfAbsent(table, t -> new Target(fields, new ArrayList<>())).rows().add(values);
    }

    boolean isEmpty() {
        return targets.values().stream().allMatch(t -> t.rows().isEmpty());
    }

    /** Writes every collected row, table by table in the order they were first added, and forgets them. */
    void write(DSLContext ctx) {
        for (Map.Entry<Table<?>, Target> e : targets.entrySet()) {
            if (!e.getValue().rows().isEmpty()) {
                statement(ctx, user, e.getKey(), e.getValue().fields()).insert(ctx, e.getValue().rows());
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
        return statement(ctx, user, table, fields).insertReturningIds(ctx, rows);
    }

    private static BatchInsert statement(DSLContext ctx, String user, Table<?> table, List<Field<?>> fields) {
        List<Field<?>> all = new ArrayList<>(fields);
        all.addAll(AUDIT);
        return new BatchInsert(ctx, table, all, 0, user, user);
    }

    private record Target(List<Field<?>> fields, List<Object[]> rows) {
    }
}
