package org.amparo.interchange.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.facts.FactsJson;

/**
 * The facts CSV's columns, derived once from the bundled {@code amparo-facts/1} schema so they can never disagree
 * with it: person fields by their own name ({@code given_name}, {@code address_city}), every other section's fields
 * prefixed with the section ({@code immigration_entry_manner}, {@code u_certification_agency}), lists of objects as
 * numbered groups ({@code family_1_given_name} … {@code family_6_given_name}) and lists of values in one cell
 * separated by {@code ;}. {@code schema} is implied; {@code facts_sources} and {@code extensions} are JSON-only.
 * The list with meanings is {@code resources/schema/facts-csv.md}.
 */
public final class CsvColumns {

    /** Lists of objects: their column prefix and how many numbered groups the CSV holds. */
    static final Map<String, Group> GROUPS = Map.of(
            "$.person.phones", new Group("phone", 2),
            "$.person.emails", new Group("email", 2),
            "$.immigration.prior_removals", new Group("prior_removal", 2),
            "$.criminal.conviction_offenses", new Group("conviction", 4),
            "$.criminal.pending_charges", new Group("pending_charge", 2),
            "$.u.crimes", new Group("u_crime", 2),
            "$.family_members", new Group("family", 6),
            "$.court_events", new Group("court_event", 3),
            "$.ice_checkins", new Group("ice_checkin", 2));

    private static final Set<String> JSON_ONLY = Set.of("schema", "facts_sources", "extensions");
    private static final CsvColumns INSTANCE = load();

    private final List<CsvColumn> columns;
    private final Map<String, CsvColumn> byName;

    private CsvColumns(List<CsvColumn> columns) {
        this.columns = List.copyOf(columns);
        Map<String, CsvColumn> map = new HashMap<>();
        for (CsvColumn c : columns) {
            if (map.put(c.name(), c) != null) {
                throw new IllegalStateException("two CSV columns named " + c.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    public static CsvColumns standard() {
        return INSTANCE;
    }

    /** Every column in the order the export writes them. */
    public List<CsvColumn> all() {
        return columns;
    }

    public CsvColumn byName(String name) {
        return byName.get(name);
    }

    record Group(String prefix, int count) { }

    private static CsvColumns load() {
        try (InputStream in = CsvColumns.class.getResourceAsStream("/schema/amparo-facts-1.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("facts schema not on the class path");
            }
            JsonNode schema = FactsJson.mapper().readTree(in);
            List<CsvColumn> out = new ArrayList<>();
            new Walker(schema, out).object(schema, "$", new ArrayList<>(), "");
            return new CsvColumns(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facts schema", e);
        }
    }

    /** Walks the schema's properties in their declared order. */
    private record Walker(JsonNode root, List<CsvColumn> out) {

        void object(JsonNode node, String jsonPath, List<Object> path, String prefix) {
            JsonNode properties = resolve(node).path("properties");
            for (Map.Entry<String, JsonNode> field : properties.properties()) {
                String key = field.getKey();
                if ("$".equals(jsonPath) && JSON_ONLY.contains(key)) {
                    continue;
                }
                List<Object> childPath = new ArrayList<>(path);
                childPath.add(key);
                field(resolve(field.getValue()), jsonPath + "." + key, childPath, prefix, key);
            }
        }

        private void field(JsonNode node, String jsonPath, List<Object> path, String prefix, String key) {
            Set<String> types = types(node);
            if (types.contains("object")) {
                String childPrefix = "$.person".equals(jsonPath) ? "" : prefix + key + "_";
                object(node, jsonPath, path, childPrefix);
            } else if (types.contains("array") && types(resolve(node.path("items"))).contains("object")) {
                Group group = GROUPS.get(jsonPath);
                if (group == null) {
                    throw new IllegalStateException("no CSV group for " + jsonPath);
                }
                for (int n = 1; n <= group.count(); n++) {
                    List<Object> itemPath = new ArrayList<>(path);
                    itemPath.add(n);
                    object(node.path("items"), jsonPath + "[]", itemPath, group.prefix() + "_" + n + "_");
                }
            } else if (types.contains("array")) {
                out.add(new CsvColumn(prefix + key, path, CsvColumn.Kind.LIST, allowed(resolve(node.path("items")))));
            } else {
                out.add(new CsvColumn(prefix + key, path, kind(node, types), allowed(node)));
            }
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode ref = node.get("$ref");
            if (ref == null) {
                return node;
            }
            String name = ref.asText().substring("#/$defs/".length());
            return root.path("$defs").path(name);
        }

        private static Set<String> types(JsonNode node) {
            JsonNode type = node.path("type");
            Set<String> out = new java.util.HashSet<>();
            if (type.isArray()) {
                type.forEach(t -> out.add(t.asText()));
            } else if (type.isTextual()) {
                out.add(type.asText());
            } else if (node.has("properties")) {
                out.add("object");
            }
            return out;
        }

        private static CsvColumn.Kind kind(JsonNode node, Set<String> types) {
            if (types.contains("boolean")) {
                return CsvColumn.Kind.BOOLEAN;
            }
            if (types.contains("integer")) {
                return CsvColumn.Kind.INTEGER;
            }
            if (types.contains("number")) {
                return CsvColumn.Kind.NUMBER;
            }
            return "date".equals(node.path("format").asText()) ? CsvColumn.Kind.DATE : CsvColumn.Kind.TEXT;
        }

        private static List<String> allowed(JsonNode node) {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            return values;
        }
    }

    /** Columns by their JSON path with groups numbered 1..n, for mapping a schema problem back to its column. */
    Map<String, CsvColumn> byJsonPath() {
        Map<String, CsvColumn> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.jsonPath(), c));
        return map;
    }
}
