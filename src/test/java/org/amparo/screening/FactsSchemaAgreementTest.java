package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.junit.jupiter.api.Test;

/**
 * The schema and the {@code org.amparo.facts} records must name the same fields: a document with every field of the
 * schema filled in validates, binds, and serializes back to the same JSON.
 */
class FactsSchemaAgreementTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void aDocumentWithEveryFieldValidatesBindsAndRoundTrips() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/amparo-facts-1.schema.json")) {
            schema = FactsJson.mapper().readTree(in);
        }
        ObjectNode full = (ObjectNode) sample("$", schema, schema);

        assertThat(DocumentSchema.facts().validate(full)).isEmpty();
        FactsDocument bound = FactsJson.mapper().treeToValue(full, FactsDocument.class);
        JsonNode back = FactsJson.mapper().valueToTree(bound);
        assertThat(back).isEqualTo(full);
    }

    private static JsonNode sample(String path, JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().substring("#/$defs/".length());
            return sample(path, root.get("$defs").get(name), root);
        }
        if (node.has("const")) {
            return node.get("const");
        }
        if (node.has("enum")) {
            return node.get("enum").get(0);
        }
        String type = node.path("type").isArray() ? node.get("type").get(0).asText() : node.path("type").asText();
        return switch (type) {
            case "object" -> object(path, node, root);
            case "array" -> F.arrayNode().add(sample(path + "[0]", node.get("items"), root));
            case "boolean" -> F.booleanNode(true);
            case "integer" -> F.numberNode(7);
            default -> string(path, node);
        };
    }

    private static JsonNode object(String path, JsonNode node, JsonNode root) {
        ObjectNode out = F.objectNode();
        if (path.equals("$.facts_sources")) {
            return out.put("$.person.dob", "client").put("$.criminal.pending_charges[0]", "abuser");
        }
        if (path.equals("$.extensions")) {
            return out.set("note", F.arrayNode().add("free-form"));
        }
        Iterator<Map.Entry<String, JsonNode>> props = node.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> p = props.next();
            out.set(p.getKey(), sample(path + "." + p.getKey(), p.getValue(), root));
        }
        return out;
    }

    private static JsonNode string(String path, JsonNode node) {
        if (node.path("format").asText().equals("date")) {
            return F.textNode("2024-02-29");
        }
        String pattern = node.path("pattern").asText();
        if (pattern.startsWith("^A[0-9]")) {
            return F.textNode("A012345678");
        }
        if (pattern.equals("^[A-Z]{2}$")) {
            return F.textNode(path.contains("countries") ? "SV" : "CA");
        }
        if (!pattern.isEmpty()) {
            return F.textNode("es-MX");
        }
        return F.textNode("Demo " + path);
    }

}
