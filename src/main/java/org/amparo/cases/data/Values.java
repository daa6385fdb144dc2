package org.amparo.cases.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Small conversions between the facts records and table rows, keeping unknown (null) apart from false and []. */
final class Values {

    private Values() {
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
