package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amparo.cases.FactSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue covers every facts field outside {@code person}, with the schema's types and allowed values. */
class FactCatalogueTest {

    private static final FactCatalogue CATALOGUE = FactCatalogue.standard();
    private static final Map<String, String> SCHEMA_TYPES = new TreeMap<>();
    private static final Map<String, List<String>> SCHEMA_VALUES = new TreeMap<>();
    private static JsonNode defs;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = FactCatalogueTest.class.getResourceAsStream("/schema/amparo-facts-1.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            defs = schema.get("$defs");
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (!Set.of("schema", "ref", "as_of", "person", "facts_sources", "extensions")
                        .contains(property.getKey())) {
                    walk("$." + property.getKey(), property.getValue());
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = defs.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                JsonNode resolved = resolve(option);
                if (!"null".equals(resolved.path("type").asText())) {
                    return resolved;
                }
            }
        }
        return node;
    }

    private static String type(JsonNode node) {
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type == null ? "" : type.asText();
    }

    private static void walk(String path, JsonNode raw) {
        JsonNode node = resolve(raw);
        String type = type(node);
        if ("object".equals(type) && node.has("properties")) {
            node.get("properties").fields().forEachRemaining(e -> walk(path + "." + e.getKey(), e.getValue()));
        } else if ("array".equals(type) && "object".equals(type(resolve(node.get("items"))))) {
            SCHEMA_TYPES.put(path, "LIST");
            walk(path + "[]", node.get("items"));
        } else if ("array".equals(type)) {
            JsonNode items = resolve(node.get("items"));
            SCHEMA_TYPES.put(path, items.has("enum") ? "ENUM_LIST" : "TEXT_LIST");
            SCHEMA_VALUES.put(path, values(items));
        } else {
            SCHEMA_TYPES.put(path, switch (type) {
                case "boolean" -> "BOOL";
                case "integer" -> "INTEGER";
                default -> node.has("enum") ? "ENUM" : "date".equals(node.path("format").asText()) ? "DATE" : "TEXT";
            });
            SCHEMA_VALUES.put(path, values(node));
        }
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    @Test
    void everySchemaFieldOutsidePersonHasACatalogueRowOfTheSameTypeAndValues() {
        assertThat(SCHEMA_TYPES).hasSizeGreaterThan(140);
        SCHEMA_TYPES.forEach((path, type) -> {
            FactField field = CATALOGUE.field(path).orElseThrow(() -> new AssertionError("no row for " + path));
            String expected = path.endsWith("[].ref") ? "REF" : type;
            assertThat(field.type().name()).as(path).isEqualTo(expected);
            assertThat(field.values()).as(path).isEqualTo(SCHEMA_VALUES.getOrDefault(path, List.of()));
        });
    }

    @Test
    void everyFieldAClientCanAnswerHasAQuestionAndEveryIntakeStepAsksSomething() {
        for (FactField field : CATALOGUE.all()) {
            assertThat(field.questionKey() != null).as(field.path()).isEqualTo(field.type() != FactType.REF);
        }
        for (IntakeStep step : IntakeStep.values()) {
            assertThat(CATALOGUE.stepFields(step)).as(step.name()).isNotEmpty();
        }
    }

    @Test
    void datesThatMayLieAheadAreOnlyCourtDatesCheckInsAndPlannedFilings() {
        assertThat(CATALOGUE.all().stream().filter(f -> f.rule() == FactRule.ANY).map(FactField::path))
                .containsExactlyInAnyOrder("$.u.planned_filing_date", "$.criminal.pending_charges[].next_court_date",
                        "$.court_events[].date", "$.ice_checkins[].date");
        assertThat(CATALOGUE.field("$.family_members[].dob").orElseThrow().rule()).isEqualTo(FactRule.BIRTH);
    }

    @ParameterizedTest(name = "{0} is answered by {1} in {2}")
    @CsvSource({
        "$.u.helpfulness, $.u.helpfulness, U",
        "$.family_members[3].dob, $.family_members[].dob, FAMILY",
        "$.u.certification, $.u.certification.agency, U",
        "$.t, $.t.trafficking_type, T",
        "$.criminal.conviction_offenses, $.criminal.conviction_offenses, CRIMINAL",
        "$.person.dob, $.person.dob, PERSON"})
    void missingPathsFindTheFieldThatAnswersThem(String missing, String field, FactSection section) {
        FactField answering = CATALOGUE.answering(missing).orElseThrow();
        assertThat(answering.path()).isEqualTo(field);
        assertThat(answering.section()).isEqualTo(section);
    }
}
