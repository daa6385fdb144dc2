package org.amparo.screening.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.amparo.screening.CategoryOutcome;

/** A category's {@code params} object from a framework file, read through typed accessors. */
public final class Params {

    /** A result level with the reason shown when it applies ({@code {"level": ..., "reason": ...}}). */
    public record Level(CategoryOutcome level, String reason) { }

    private final String owner;
    private final JsonNode node;
    /** The object's non-null members (read-only after construction). */
    private final Map<String, JsonNode> fields = new HashMap<>();
    /** Parsed values, computed once per name and kind: parameters never change after loading. */
    private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();
    private final Map<String, List<String>> strings = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Level>> levels = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Level>> checkedLevels = new ConcurrentHashMap<>();
    private final Map<String, EnumValues<?>> enumSets = new ConcurrentHashMap<>();
    private final Map<String, CategoryOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, KeyedLevels<?>> keyedLevels = new ConcurrentHashMap<>();

    /** A {@link #levels} entry whose key is a constant of an enum. */
    public record Keyed<E extends Enum<E>>(E key, Level level) { }

    private record KeyedLevels<E extends Enum<E>>(Class<E> type, List<Keyed<E>> entries) { }

    /** An array parameter read as constants of {@code type}. */
    private record EnumValues<E extends Enum<E>>(Class<E> type, Set<E> values, String names) { }

    /** {@code owner} (the category id) names the source in error messages. */
    public Params(String owner, JsonNode node) {
        this.owner = owner;
        this.node = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        if (this.node.isObject()) {
            this.node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    fields.put(e.getKey(), e.getValue());
                }
            });
        }
    }

    public static Params empty(String owner) {
        return new Params(owner, null);
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public String string(String name, String fallback) {
        JsonNode value = fields.get(name);
        return value != null ? value.asText() : fallback;
    }

    public int integer(String name, int fallback) {
        return has(name) ? requireType(name, node.get(name).isInt(), "an integer").get(name).asInt() : fallback;
    }

    public boolean bool(String name, boolean fallback) {
        return has(name) ? requireType(name, node.get(name).isBoolean(), "true or false").get(name).asBoolean()
                : fallback;
    }

    /** An ISO date, or {@code null} when absent. */
    public LocalDate date(String name) {
        return has(name) ? memo(dates, name, this::parseDate) : null;
    }

    private LocalDate parseDate(String name) {
        if (!has(name)) {
            return null;
        }
        try {
            return LocalDate.parse(node.get(name).asText());
        } catch (DateTimeParseException e) {
            throw bad(name, "an ISO date (YYYY-MM-DD)");
        }
    }

    public List<String> strings(String name) {
        return memo(strings, name, this::parseStrings);
    }

    private List<String> parseStrings(String name) {
        List<String> values = new ArrayList<>();
        if (has(name)) {
            requireType(name, node.get(name).isArray(), "an array of strings").get(name)
                    .forEach(v -> values.add(v.asText()));
        }
        return List.copyOf(values);
    }

    public CategoryOutcome outcome(String name, CategoryOutcome fallback) {
        return has(name) ? memo(outcomes, name, n -> parseOutcome(n, node.get(n).asText())) : fallback;
    }

    /** An object of {@code key -> {"level": ..., "reason": ...}}, in file order. */
    public Map<String, Level> levels(String name) {
        return memo(levels, name, this::parseLevels);
    }

    /** {@link #levels(String)} whose keys must be constants of {@code keys} (checked once). */
    public <E extends Enum<E>> Map<String, Level> levels(String name, Class<E> keys) {
        return memo(checkedLevels, name, n -> {
            Map<String, Level> parsed = levels(n);
            for (String key : parsed.keySet()) {
                try {
                    Enum.valueOf(keys, key);
                } catch (IllegalArgumentException e) {
                    throw bad(name + "." + key, "keyed by one of " + List.of(keys.getEnumConstants()));
                }
            }
            return parsed;
        });
    }

    /**
     * {@link #levels(String)} with each key read as a constant of {@code type}, in file order (parsed once).
     *
     * @throws IllegalArgumentException {@code "params.<name>: unknown value <key>"} for a key that is not a constant
     */
    public <E extends Enum<E>> List<Keyed<E>> keyedLevels(String name, Class<E> type) {
        KeyedLevels<?> cached = keyedLevels.get(name);
        if (cached == null || cached.type() != type) {
            List<Keyed<E>> entries = new ArrayList<>();
            for (Map.Entry<String, Level> e : levels(name).entrySet()) {
                entries.add(new Keyed<>(enumValue(type, e.getKey(), name), e.getValue()));
            }
            cached = new KeyedLevels<>(type, List.copyOf(entries));
            keyedLevels.put(name, cached);
        }
        @SuppressWarnings("unchecked")
        List<Keyed<E>> entries = (List<Keyed<E>>) (List<?>) cached.entries();
        return entries;
    }

    /**
     * An array of strings read as constants of {@code type}, as an unmodifiable set (parsed once).
     *
     * @throws IllegalArgumentException {@code "params.<name>: unknown value <v>"} for a value that is not a constant
     */
    public <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
        @SuppressWarnings("unchecked")
        Set<E> values = (Set<E>) enumValues(name, type).values();
        return values;
    }

    /** The names of {@link #enums} sorted and joined with ", " (computed once). */
    public <E extends Enum<E>> String enumNames(String name, Class<E> type) {
        return enumValues(name, type).names();
    }

    private <E extends Enum<E>> EnumValues<?> enumValues(String name, Class<E> type) {
        EnumValues<?> cached = enumSets.get(name);
        if (cached == null || cached.type() != type) {
            Set<E> set = EnumSet.noneOf(type);
            for (String value : strings(name)) {
                set.add(enumValue(type, value, name));
            }
            cached = new EnumValues<>(type, Collections.unmodifiableSet(set), sortedNames(set));
            enumSets.put(name, cached);
        }
        return cached;
    }

    /** Constant names sorted and joined with ", ". */
    static String sortedNames(Set<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>(values.size());
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        Collections.sort(names);
        return String.join(", ", names);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String param) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("params." + param + ": unknown value " + value, e);
        }
    }

    private Map<String, Level> parseLevels(String name) {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (has(name)) {
            requireType(name, node.get(name).isObject(), "an object").get(name).fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                String path = name + "." + e.getKey();
                if (!v.hasNonNull("level") || !v.hasNonNull("reason")) {
                    throw bad(path, "an object with \"level\" and \"reason\"");
                }
                levels.put(e.getKey(), new Level(parseOutcome(path, v.get("level").asText()), v.get("reason").asText()));
            });
        }
        return Collections.unmodifiableMap(levels);
    }

    private static <T> T memo(Map<String, T> cache, String name, Function<String, T> compute) {
        T cached = cache.get(name);
        if (cached == null) {
            cached = compute.apply(name);
            cache.put(name, cached);
        }
        return cached;
    }

    private CategoryOutcome parseOutcome(String name, String text) {
        try {
            return CategoryOutcome.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw bad(name, "one of " + List.of(CategoryOutcome.values()));
        }
    }

    private JsonNode requireType(String name, boolean ok, String expected) {
        if (!ok) {
            throw bad(name, expected);
        }
        return node;
    }

    private IllegalArgumentException bad(String name, String expected) {
        return new IllegalArgumentException(owner + ": params." + name + " must be " + expected);
    }
}
