package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes one value of a facts document held as a JSON tree, by path ({@code $.u.crimes[0].date}).
 * Writing creates the objects on the way; writing "unknown" into an object that then holds nothing known turns the
 * object itself back into unknown, so clearing every answer of a section leaves the section unknown.
 */
final class FactsTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FactsTree() {
    }

    /** {@code $.a.b[2].c} → ["a", "b", 2, "c"]. */
    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.substring(2).split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return steps;
    }

    /** The value at {@code path}; null when it or anything on the way is missing or null. */
    static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (Object step : steps(path)) {
            if (node == null || node.isNull()) {
                return null;
            }
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** Sets the value at {@code path} ({@code null} = unknown), creating objects on the way. */
    static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        List<JsonNode> chain = new ArrayList<>();
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            chain.add(node);
            node = child(node, steps.get(i), steps.get(i + 1) instanceof Integer);
        }
        chain.add(node);
        put(node, steps.get(steps.size() - 1), value == null ? NullNode.getInstance() : value);
        if (value == null || value.isNull()) {
            prune(chain, steps);
        }
    }

    private static JsonNode child(JsonNode parent, Object step, boolean wantArray) {
        JsonNode existing = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        if (existing != null && !existing.isNull()) {
            return existing;
        }
        JsonNode created = wantArray ? NODES.arrayNode() : NODES.objectNode();
        put(parent, step, created);
        return created;
    }

    private static void put(JsonNode parent, Object step, JsonNode value) {
        if (step instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) step, value);
        }
    }

    /** Walks up from the changed value: an object (not the root, not a list item) holding nothing known is unknown. */
    private static void prune(List<JsonNode> chain, List<Object> steps) {
        for (int i = chain.size() - 1; i >= 1; i--) {
            JsonNode node = chain.get(i);
            boolean listItem = steps.get(i - 1) instanceof Integer;
            if (listItem || !node.isObject() || !holdsNothing(node)) {
                return;
            }
            put(chain.get(i - 1), steps.get(i - 1), NullNode.getInstance());
        }
    }

    private static boolean holdsNothing(JsonNode object) {
        Iterator<JsonNode> values = object.elements();
        while (values.hasNext()) {
            if (!values.next().isNull()) {
                return false;
            }
        }
        return true;
    }

    /** A copy without null members and without objects that hold nothing known: for "did it change" comparisons. */
    static JsonNode known(JsonNode node) {
        if (node == null || node.isNull()) {
            return NullNode.getInstance();
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(item.isObject() ? knownObject(item) : known(item)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = knownObject(node);
            return copy.isEmpty() ? NullNode.getInstance() : copy;
        }
        return node;
    }

    private static ObjectNode knownObject(JsonNode node) {
        ObjectNode copy = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = known(entry.getValue());
            if (!value.isNull()) {
                copy.set(entry.getKey(), value);
            }
        }
        return copy;
    }
}
