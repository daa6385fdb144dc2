package org.amparo.cases.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outcomes of one stored screening as one column ({@code V11__compact_screenings.sql}): {@code |key=OUTCOME|…|},
 * ordered by key, with a key's {@code %}, {@code |} and {@code =} written as {@code %25}, {@code %7C} and {@code %3D}.
 * An empty list is {@code |}. {@link #entry} is what the caseload's filters look for.
 */
final class OutcomeList {

    static final String EMPTY = "|";

    private OutcomeList() {
    }

    static String encode(Map<String, ? extends Enum<?>> outcomes) {
        StringBuilder out = new StringBuilder(EMPTY);
        new TreeMap<>(outcomes).forEach((key, outcome) -> out.append(escape(key)).append('=')
                .append(outcome.name()).append('|'));
        return out.toString();
    }

    /** The text an encoded list holds when {@code key} has {@code outcome}. */
    static String entry(String key, Enum<?> outcome) {
        return '|' + escape(key) + '=' + outcome.name() + '|';
    }

    /** The text an encoded list holds when any key has {@code outcome}. */
    static String anyEntry(Enum<?> outcome) {
        return '=' + outcome.name() + '|';
    }

    static <K, V> Map<K, V> decode(String text, Function<String, K> key, Function<String, V> outcome) {
        Map<K, V> out = new LinkedHashMap<>();
        if (text == null || text.length() <= 1) {
            return out;
        }
        for (String item : text.substring(1, text.length() - 1).split("\\|")) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("Stored outcome list is damaged: " + text);
            }
            out.put(key.apply(unescape(item.substring(0, eq))), outcome.apply(item.substring(eq + 1)));
        }
        return out;
    }

    private static String escape(String key) {
        return key.replace("%", "%25").replace("|", "%7C").replace("=", "%3D");
    }

    private static String unescape(String key) {
        return key.replace("%3D", "=").replace("%7C", "|").replace("%25", "%");
    }
}
