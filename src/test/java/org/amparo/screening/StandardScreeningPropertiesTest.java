package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the screening the app ships ({@link StandardScreening}: the real enforcement engine, relief
 * screeners and deadline rules), checked over many generated facts documents in which any field may be unknown.
 * <ul>
 *   <li>every screening document validates against {@code amparo-screening-1.schema.json};</li>
 *   <li>unknown is never evidence: no enforcement category is MATCH when a fact it cites is unknown (null or absent);
 *   </li>
 *   <li>no relief is ELIGIBLE while one of its elements is UNKNOWN.</li>
 * </ul>
 */
class StandardScreeningPropertiesTest {

    private static final int DOCUMENTS = 600;
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]");

    private static final List<FactsDocument> FACTS = new ArrayList<>();
    private static final List<ScreeningDocument> SCREENED = new ArrayList<>();

    @BeforeAll
    static void screenGeneratedDocuments() {
        ScreeningEngine engine = StandardScreening.create();
        for (double unknownRate : new double[] {0.0, 0.2, 0.5, 0.9}) {
            SyntheticFacts generator = new SyntheticFacts(42 + (long) (unknownRate * 10), unknownRate);
            for (int i = 0; i < DOCUMENTS / 4; i++) {
                FactsDocument facts = generator.next(i);
                FACTS.add(facts);
                SCREENED.add(engine.screen(facts, java.time.LocalDate.of(2026, 3, 2), List.of()));
            }
        }
    }

    @Test
    void theGeneratedFactsAreValidFactsDocuments() {
        for (FactsDocument facts : FACTS) {
            assertThat(DocumentSchema.facts().validate(FactsJson.mapper().valueToTree(facts)))
                    .as(facts.ref()).isEmpty();
        }
    }

    @Test
    void everyScreeningDocumentValidatesAgainstTheScreeningSchema() {
        for (ScreeningDocument doc : SCREENED) {
            assertThat(DocumentSchema.screening().validate(ScreeningJson.toTree(doc))).as(doc.ref()).isEmpty();
        }
    }

    @Test
    void allFiveFrameworksAndAllSixReliefsAreReported() {
        for (ScreeningDocument doc : SCREENED) {
            assertThat(doc.enforcement()).as(doc.ref()).hasSize(5);
            assertThat(doc.relief()).extracting(ReliefResult::relief).as(doc.ref())
                    .containsExactlyElementsOf(ScreeningEngine.RELIEF_ORDER);
        }
    }

    @Test
    void noCategoryIsMatchOnAnUnknownFact() {
        for (int i = 0; i < FACTS.size(); i++) {
            JsonNode facts = FactsJson.mapper().valueToTree(FACTS.get(i));
            for (FrameworkResult f : SCREENED.get(i).enforcement()) {
                for (FrameworkResult.CategoryResult c : f.categories()) {
                    if (c.result() != CategoryOutcome.MATCH) {
                        continue;
                    }
                    for (String path : c.facts()) {
                        assertThat(isKnown(facts, path)).as("%s %s %s cites unknown %s", FACTS.get(i).ref(),
                                f.framework(), c.id(), path).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void noReliefIsEligibleWithAnUnknownElement() {
        for (ScreeningDocument doc : SCREENED) {
            for (ReliefResult r : doc.relief()) {
                if (r.outcome() == ReliefResult.ReliefOutcome.ELIGIBLE) {
                    assertThat(r.elements()).as("%s %s", doc.ref(), r.relief())
                            .noneMatch(e -> e.result() == ReliefResult.ElementOutcome.UNKNOWN);
                }
            }
        }
    }

    @Test
    void thePathResolverTellsKnownFromUnknown() {
        JsonNode tree = FactsJson.mapper().createObjectNode().set("criminal",
                FactsJson.mapper().createObjectNode().putNull("pending_charges")
                        .set("conviction_offenses", FactsJson.mapper().createArrayNode()));

        assertThat(isKnown(tree, "$.criminal.conviction_offenses")).isTrue();
        assertThat(isKnown(tree, "$.criminal.pending_charges")).isFalse();
        assertThat(isKnown(tree, "$.criminal.conviction_offenses[0]")).isFalse();
        assertThat(isKnown(tree, "$.immigration.entry_manner")).isFalse();
    }

    /** True when the JSON path leads to a present, non-null value ({@code []} and {@code false} are known). */
    static boolean isKnown(JsonNode root, String path) {
        JsonNode node = root;
        Matcher m = STEP.matcher(path.substring(1));
        while (m.find()) {
            node = m.group(1) != null ? node.path(m.group(1)) : node.path(Integer.parseInt(m.group(2)));
        }
        return !node.isMissingNode() && !node.isNull();
    }
}
