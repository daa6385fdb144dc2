package org.amparo.deadlines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;

/**
 * Compact builder of fictional {@code amparo-facts/1} documents for tests. Values are set by dotted JSON path and
 * bound through {@link FactsJson#mapper()}, so a misspelled field fails the test. JSON fragments may use single
 * quotes: {@code json("family_members", "[{'ref':'child-1','relationship':'child','dob':'2010-01-01'}]")}.
 */
public final class DeadlineFacts {

    private final ObjectNode root = FactsJson.mapper().createObjectNode();

    private DeadlineFacts(String asOf) {
        root.put("schema", FactsDocument.SCHEMA_ID);
        root.put("ref", "test-ejemplo");
        root.put("as_of", asOf);
    }

    /** A new document evaluated on {@code asOf} (ISO date). */
    public static DeadlineFacts asOf(String asOf) {
        return new DeadlineFacts(asOf);
    }

    /** Sets a scalar: String, Boolean, Integer or null (null writes an explicit JSON null = unknown). */
    public DeadlineFacts set(String dottedPath, Object value) {
        return put(dottedPath, FactsJson.mapper().valueToTree(value));
    }

    /** Sets a JSON value (object or array), single quotes allowed. */
    public DeadlineFacts json(String dottedPath, String json) {
        try {
            return put(dottedPath, FactsJson.mapper().readTree(json.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON for " + dottedPath + ": " + json, e);
        }
    }

    /** Appends one JSON object (single quotes allowed) to the array at {@code dottedPath}. */
    public DeadlineFacts add(String dottedPath, String json) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode parent = parentOf(parts);
        JsonNode existing = parent.get(parts[parts.length - 1]);
        ArrayNode array = existing instanceof ArrayNode a ? a : parent.putArray(parts[parts.length - 1]);
        try {
            array.add(FactsJson.mapper().readTree(json.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON for " + dottedPath + ": " + json, e);
        }
        return this;
    }

    /** Removes a field (absent = unknown). */
    public DeadlineFacts remove(String dottedPath) {
        String[] parts = dottedPath.split("\\.");
        parentOf(parts).remove(parts[parts.length - 1]);
        return this;
    }

    /** An independent copy, so a base pattern can be varied per table row. */
    public DeadlineFacts copy() {
        DeadlineFacts copy = new DeadlineFacts(root.get("as_of").asText());
        copy.root.setAll(root.deepCopy());
        return copy;
    }

    public LocalDate asOfDate() {
        return LocalDate.parse(root.get("as_of").asText());
    }

    public FactsDocument build() {
        try {
            return FactsJson.mapper().treeToValue(root, FactsDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("test facts do not bind: " + e.getOriginalMessage(), e);
        }
    }

    private DeadlineFacts put(String dottedPath, JsonNode value) {
        String[] parts = dottedPath.split("\\.");
        parentOf(parts).set(parts[parts.length - 1], value);
        return this;
    }

    private ObjectNode parentOf(String[] parts) {
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        return node;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
