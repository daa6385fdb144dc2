package org.amparo.cases.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Small conversions between the facts records and table rows, keeping unknown (null) apart from false and []. */
final class Values {

    /** How many times the number of asked ids the id range may span to be read as a range. */
    static final int DENSE_SPAN = 2;
    private static final DataType<Long[]> ID_ARRAY = SQLDataType.BIGINT.getArrayDataType();

    private Values() {
    }

    /**
     * {@code field = ANY(?)} with the ids as one array parameter: one statement text whatever the number of ids (so
     * the database's parsed-statement cache is hit), and an index lookup per id.
     */
    static Condition anyOf(Field<Long> field, Collection<Long> ids) {
        return DSL.condition("{0} = any({1})", field, DSL.val(ids.toArray(new Long[0]), ID_ARRAY));
    }

    /**
     * A condition that selects at least the rows of {@code ids} in an id column (clients' or cases'):
     * {@code BETWEEN min AND max} when the ids are dense (the span is at most {@value #DENSE_SPAN} times their
     * number), else {@link #anyOf}. A range is one forward index scan instead of one index lookup per id followed by
     * a linear search of the array for every row found; the rows of other ids it brings are left unused by the
     * callers, which look up the ids they asked for.
     */
    static Condition idsIn(Field<Long> field, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return DSL.falseCondition();
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        return isDense(min, max, ids.size()) ? field.between(min, max) : anyOf(field, ids);
    }

    /** Whether ids from {@code min} to {@code max} are few enough gaps apart to read as a range. */
    static boolean isDense(long min, long max, int count) {
        return max - min < (long) DENSE_SPAN * count;
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    /** The list a {@code *_known} flag describes: the rows found, or null (unknown) when the flag is false. */
    static <T> List<T> knownList(Boolean known, List<T> rows) {
        return Boolean.TRUE.equals(known) ? (rows == null ? List.of() : rows) : null;
    }

    /** Rows grouped by a key, each group in the order the rows came (the query orders them by position). */
    static <R, K, V> Map<K, List<V>> group(Collection<R> rows, Function<R, K> key, Function<R, V> value) {
        Map<K, List<V>> out = new HashMap<>();
        for (R row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return out;
    }

    /** Key of a child list inside a client's section: (client id, parent position). */
    record ChildKey(long clientId, int parent) {
    }
}
