package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 *   <li>unknown is never evidence: making a cited fact unknown never creates a MATCH or an ELIGIBLE;</li>
 *   <li>no relief is ELIGIBLE while one of its elements is UNKNOWN.</li>
 * </ul>
 */
class StandardScreeningPropertiesTest {

    private static final int DOCUMENTS = 600;
    private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2026, 3, 2);
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

    /**
     * "No result that depends on an unknown fact is MATCH or ELIGIBLE": take complete documents, make each fact a
     * category cites unknown in turn, and screen again. Where the first screening was not MATCH (not ELIGIBLE), the
     * variant with less known must not be either: a MATCH that appears only when a fact goes missing rests on the
     * unknown. (A category lists every path it read, so "a MATCH cites no unknown path" would be too strict: a
     * conviction can settle a category whose gang question is still open.)
     */
    @Test
    void makingACitedFactUnknownNeverCreatesAMatchOrAnEligible() throws Exception {
        ScreeningEngine engine = StandardScreening.create();
        SyntheticFacts complete = new SyntheticFacts(7, 0.0);
        int variants = 0;
        for (int i = 0; i < 80; i++) {
            FactsDocument facts = complete.next(i);
            ScreeningDocument before = engine.screen(facts, AS_OF, List.of());
            JsonNode tree = FactsJson.mapper().valueToTree(facts);
            Set<String> cited = new TreeSet<>();
            before.enforcement().forEach(f -> f.categories().forEach(c -> cited.addAll(c.facts())));
            for (String path : cited) {
                JsonNode variant = withUnknown(tree, path);
                if (variant == null) {
                    continue;
                }
                ScreeningDocument after = engine.screen(
                        FactsJson.mapper().treeToValue(variant, FactsDocument.class), AS_OF, List.of());
                assertNoNewMatchOrEligible(before, after, facts.ref() + " with " + path + " unknown");
                variants++;
            }
        }
        assertThat(variants).as("variants screened").isGreaterThan(500);
    }

    private static void assertNoNewMatchOrEligible(ScreeningDocument before, ScreeningDocument after, String what) {
        for (int f = 0; f < after.enforcement().size(); f++) {
            List<FrameworkResult.CategoryResult> was = before.enforcement().get(f).categories();
            List<FrameworkResult.CategoryResult> now = after.enforcement().get(f).categories();
            for (int c = 0; c < now.size(); c++) {
                if (now.get(c).result() == CategoryOutcome.MATCH) {
                    assertThat(was.get(c).result()).as("%s: %s", what, now.get(c).id()).isEqualTo(CategoryOutcome.MATCH);
                }
            }
        }
        for (int r = 0; r < after.relief().size(); r++) {
            if (after.relief().get(r).outcome() == ReliefResult.ReliefOutcome.ELIGIBLE) {
                assertThat(before.relief().get(r).outcome()).as("%s: %s", what, after.relief().get(r).relief())
                        .isEqualTo(ReliefResult.ReliefOutcome.ELIGIBLE);
            }
        }
    }

    /** A copy of {@code root} with the value at {@code path} set to null; null when the path ends in an index. */
    static JsonNode withUnknown(JsonNode root, String path) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        Matcher m = STEP.matcher(path.substring(1));
        String field = null;
        while (m.find()) {
            if (field != null) {
                parent = parent.path(field);
            }
            if (m.group(2) != null) {
                if (field == null) {
                    return null;
                }
                parent = parent.path(Integer.parseInt(m.group(2)));
                field = null;
                continue;
            }
            field = m.group(1);
        }
        if (field == null || !(parent instanceof ObjectNode object) || !object.has(field)) {
            return null;
        }
        object.putNull(field);
        return copy;
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
