package org.amparo.platform.db;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Conditions that select the rows of many ids (clients', cases') in one statement. */
public final class IdConditions {

    /** How many times the number of asked ids the id range may span to be read as a range. */
    public static final int DENSE_SPAN = 2;
    private static final DataType<Long[]> ID_ARRAY = SQLDataType.BIGINT.getArrayDataType();

    private IdConditions() {
    }

    /**
     * {@code field = ANY(?)} with the ids as one array parameter: one statement text whatever the number of ids (so
     * the database's parsed-statement cache is hit), and an index lookup per id.
     */
    public static Condition anyOf(Field<Long> field, Collection<Long> ids) {
        return DSL.condition("{0} = any({1})", field, DSL.val(ids.toArray(new Long[0]), ID_ARRAY));
    }

    /**
     * A condition that selects at least the rows of {@code ids} in an id column: {@code BETWEEN min AND max} when the
     * ids are dense (the span is at most {@value #DENSE_SPAN} times their number), else {@link #anyOf}. A range is one
     * forward index scan instead of one index lookup per id followed by a linear search of the array for every row
     * found; the rows of other ids it brings are left unused by the callers, which look up the ids they asked for.
     */
    public static Condition idsIn(Field<Long> field, Collection<Long> ids) {
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
    public static boolean isDense(long min, long max, int count) {
        return max - min < (long) DENSE_SPAN * count;
    }
}
