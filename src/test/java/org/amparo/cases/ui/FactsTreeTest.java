package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTreeTest {

    @Test
    void pathsSplitIntoNamesAndIndexes() {
        assertThat(FactsTree.steps("$.u.crimes[2].date")).containsExactly("u", "crimes", 2, "date");
    }

    @Test
    void writingCreatesTheObjectsOnTheWayAndUnknownTurnsAnEmptyObjectBackIntoUnknown() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        FactsTree.set(root, "$.u.certification.agency", TextNode.valueOf("Example City Police"));
        assertThat(root.toString()).isEqualTo("{\"u\":{\"certification\":{\"agency\":\"Example City Police\"}}}");
        FactsTree.set(root, "$.u.certification.agency", null);
        assertThat(root.get("u").isNull()).isTrue();
    }

    @Test
    void falseIsKnownAndIsKeptApartFromUnknown() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        FactsTree.set(root, "$.asylum.intends_to_apply", BooleanNode.FALSE);
        assertThat(FactsTree.get(root, "$.asylum.intends_to_apply")).isEqualTo(BooleanNode.FALSE);
        assertThat(FactsTree.get(root, "$.asylum.filed_date")).isNull();
        assertThat(FactsTree.known(root).toString()).isEqualTo("{\"asylum\":{\"intends_to_apply\":false}}");
    }

    @Test
    void anEmptyListIsKnownAndItsItemsSurviveClearingTheirLastAnswer() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        FactsTree.set(root, "$.family_members", FactRules.list(List.of()));
        assertThat(FactsTree.known(root).toString()).isEqualTo("{\"family_members\":[]}");
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("family_members")).addObject();
        FactsTree.set(root, "$.family_members[0].given_name", TextNode.valueOf("Ana"));
        FactsTree.set(root, "$.family_members[0].given_name", null);
        assertThat(root.get("family_members")).hasSize(1);
    }
}
