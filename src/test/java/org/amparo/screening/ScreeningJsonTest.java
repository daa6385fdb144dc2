package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.amparo.facts.FactsJson;
import org.junit.jupiter.api.Test;

class ScreeningJsonTest {

    @Test
    void fieldNamesAreTheSpecsSnakeCaseNames() throws IOException {
        JsonNode json = FactsJson.mapper().readTree(ScreeningJson.write(ScreeningFakes.full()));

        assertThat(json.fieldNames()).toIterable().containsExactly("schema", "ref", "as_of", "engine_version",
                "enforcement", "relief", "courthouse_risk", "deadlines", "confidentiality", "disclaimer");
        assertThat(json.at("/enforcement/0").fieldNames()).toIterable().containsExactly("framework",
                "in_force_on_as_of", "outcome", "categories", "assessment", "missing_facts");
        assertThat(json.at("/relief/0").fieldNames()).toIterable().containsExactly("relief", "outcome", "elements",
                "waivers_needed", "derivatives", "flags", "missing_facts");
        assertThat(json.at("/relief/0/derivatives/0/file_by").asText()).isEqualTo("2025-11-19");
        assertThat(json.at("/courthouse_risk/0/safety_plan/0").asText()).startsWith("Ask the court");
        assertThat(json.at("/confidentiality/protected_1367").asBoolean()).isTrue();
        assertThat(json.at("/confidentiality/abuser_only_facts/0").asText()).isEqualTo("$.criminal.pending_charges[0]");
        assertThat(json.at("/as_of").asText()).isEqualTo("2025-09-15");
        assertThat(json.at("/enforcement/0/assessment").isNull()).isTrue();
    }

    @Test
    void aFullDocumentValidatesAgainstTheScreeningSchema() {
        assertThat(DocumentSchema.screening().validate(ScreeningJson.toTree(ScreeningFakes.full()))).isEmpty();
    }

    @Test
    void theScreeningSchemaRejectsAnOutcomeOutsideTheVocabulary() {
        ObjectNode tree = (ObjectNode) ScreeningJson.toTree(ScreeningFakes.full());
        ((ObjectNode) tree.at("/relief/0")).put("outcome", "PROBABLY");
        ((ObjectNode) tree.at("/confidentiality")).put("protected1367", true);

        assertThat(DocumentSchema.screening().validate(tree)).extracting(SchemaProblem::toString).containsExactly(
                "$.confidentiality.protected1367: unknown field",
                "$.relief[0].outcome: must be one of ELIGIBLE, LIKELY_ELIGIBLE, NEEDS_MORE_INFO, NOT_ELIGIBLE, "
                        + "NOT_APPLICABLE (found \"PROBABLY\")");
    }

    @Test
    void aListIsWrittenAsAnArrayInOrder() throws IOException {
        ScreeningDocument a = ScreeningFakes.full();
        ScreeningDocument b = new ScreeningDocument(a.schema(), "second", a.asOf(), a.engineVersion(), List.of(),
                List.of(), List.of(), List.of(), new Confidentiality(false, List.of()), a.disclaimer());

        JsonNode json = FactsJson.mapper().readTree(ScreeningJson.write(List.of(a, b)));

        assertThat(json.isArray()).isTrue();
        assertThat(json.findValuesAsText("ref")).containsExactly("intake-2025-0142", "second");
    }
}
