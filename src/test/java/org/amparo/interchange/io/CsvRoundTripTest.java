package org.amparo.interchange.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.screening.SyntheticFacts;
import org.junit.jupiter.api.Test;

/** Writing documents as CSV and reading them back gives the same facts (those the CSV holds). */
public class CsvRoundTripTest {

    @Test
    void syntheticDocumentsSurviveCsvExportAndImport() throws Exception {
        SyntheticFacts generator = new SyntheticFacts(7, 0.2);
        List<JsonNode> written = new ArrayList<>();
        StringWriter out = new StringWriter();
        try (CsvFactsWriter csv = new CsvFactsWriter(out)) {
            for (int i = 0; i < 300; i++) {
                FactsDocument d = generator.next(i);
                ObjectNode tree = FactsJson.mapper().valueToTree(d);
                tree.remove("facts_sources");
                csv.write(tree);
                written.add(normalise(tree));
            }
            assertThat(csv.itemsLeftOut()).isZero();
        }
        List<JsonNode> read = new ArrayList<>();
        int rejected = 0;
        try (FactsRecords records = FactsFiles.open(new ByteArrayInputStream(out.toString()
                .getBytes(StandardCharsets.UTF_8)), LocalDate.of(2026, 3, 2))) {
            FactsRecord r;
            while ((r = records.next()) != null) {
                if (r.document() == null) {
                    assertThat(r.problems()).allSatisfy(p -> assertThat(p.reason()).contains("born after"));
                    rejected++;
                    read.add(null);
                } else {
                    read.add(normalise(FactsJson.mapper().valueToTree(r.document())));
                }
            }
        }
        assertThat(read).hasSize(300);
        assertThat(rejected).isLessThan(150);
        for (int i = 0; i < 300; i++) {
            if (read.get(i) != null) {
                assertThat(read.get(i)).as("document %d", i).isEqualTo(written.get(i));
            }
        }
    }

    @Test
    void formulaLeadingCellsAreEscapedAndComeBackUnchanged() throws Exception {
        ObjectNode tree = FactsJson.mapper().createObjectNode();
        tree.put("schema", "amparo-facts/1").put("ref", "=HYPERLINK(\"x\")");
        tree.putObject("person").put("given_name", "@Ana").put("family_name", "-Ejemplo")
                .put("safe_contact_notes", "+1 call first");
        StringWriter out = new StringWriter();
        try (CsvFactsWriter csv = new CsvFactsWriter(out)) {
            csv.write(tree);
        }
        String row = out.toString().lines().skip(1).findFirst().orElseThrow();
        assertThat(row).startsWith("\"'=HYPERLINK(\"\"x\"\")\",,'@Ana,'-Ejemplo,").contains(",'+1 call first,");
        try (FactsRecords records = FactsFiles.open(new ByteArrayInputStream(out.toString()
                .getBytes(StandardCharsets.UTF_8)), LocalDate.of(2026, 3, 2))) {
            FactsDocument back = records.next().document();
            assertThat(back.ref()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(back.person().givenName()).isEqualTo("@Ana");
            assertThat(back.person().familyName()).isEqualTo("-Ejemplo");
        }
    }

    /** Unknown (null), empty lists and empty objects all mean "not known": drop them to compare. */
    public static JsonNode normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            object.properties().forEach(e -> {
                JsonNode v = normalise(e.getValue());
                if (v == null) {
                    drop.add(e.getKey());
                } else {
                    e.setValue(v);
                }
            });
            object.remove(drop);
            return object.isEmpty() ? null : object;
        }
        if (node.isArray()) {
            var array = FactsJson.mapper().createArrayNode();
            node.forEach(item -> {
                JsonNode v = normalise(item);
                array.add(v == null ? FactsJson.mapper().createObjectNode() : v);
            });
            return array.isEmpty() ? null : array;
        }
        return node.isNull() ? null : node;
    }
}
