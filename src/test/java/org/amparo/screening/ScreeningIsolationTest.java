package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One client's screening never depends on who was screened before (the engines keep parsed rules, never facts):
 * the same document gives the same JSON whatever the order of screening, and asking for one framework gives that
 * framework's part of the full screening.
 */
class ScreeningIsolationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final List<FactsDocument> FACTS = new ArrayList<>();

    @BeforeAll
    static void generate() {
        for (double unknownRate : new double[] {0.0, 0.2, 0.6}) {
            SyntheticFacts generator = new SyntheticFacts(11 + (long) (unknownRate * 10), unknownRate);
            for (int i = 0; i < 100; i++) {
                FACTS.add(generator.next(i));
            }
        }
    }

    @Test
    void theSameDocumentGivesTheSameJsonWhateverWasScreenedBefore() {
        ScreeningEngine forward = StandardScreening.create();
        List<String> inOrder = new ArrayList<>();
        for (FactsDocument facts : FACTS) {
            inOrder.add(ScreeningJson.write(forward.screen(facts, TODAY, List.of())));
        }
        ScreeningEngine backward = StandardScreening.create();
        for (int i = FACTS.size() - 1; i >= 0; i--) {
            FactsDocument facts = FACTS.get(i);
            assertThat(ScreeningJson.write(backward.screen(facts, TODAY, List.of()))).as(facts.ref())
                    .isEqualTo(inOrder.get(i));
        }
    }

    @Test
    void screeningADocumentTwiceInARowGivesTheSameJson() {
        ScreeningEngine engine = StandardScreening.create();
        for (FactsDocument facts : FACTS) {
            String first = ScreeningJson.write(engine.screen(facts, TODAY, List.of()));
            assertThat(ScreeningJson.write(engine.screen(facts, TODAY, List.of()))).as(facts.ref()).isEqualTo(first);
        }
    }

    @Test
    void oneFrameworkAskedForIsThatFrameworksPartOfTheFullScreening() {
        ScreeningEngine engine = StandardScreening.create();
        for (FactsDocument facts : FACTS.subList(0, 60)) {
            List<FrameworkResult> all = engine.screen(facts, TODAY, List.of()).enforcement();
            for (FrameworkResult expected : all) {
                List<FrameworkResult> one = engine.screen(facts, TODAY, List.of(expected.framework())).enforcement();
                assertThat(one).as(facts.ref() + " " + expected.framework()).containsExactly(expected);
            }
        }
    }
}
