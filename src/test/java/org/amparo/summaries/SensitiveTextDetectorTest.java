package org.amparo.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.summaries.SensitiveTextDetector.Finding;
import org.amparo.summaries.SensitiveTextDetector.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensitiveTextDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Her A-number is A012345678 per the NTA.            | A_NUMBER | A012345678
            Asked about A 123 456 789 at the check-in          | A_NUMBER | A 123 456 789
            number A#87654321 on the notice                    | A_NUMBER | A#87654321
            Call her at (555) 010-4477 after six               | PHONE    | (555) 010-4477
            safe line 555-010-9911 only texts                  | PHONE    | 555-010-9911
            cell +1 555.010.2233                               | PHONE    | +1 555.010.2233
            moved to 1234 Example Street last week             | ADDRESS  | 1234 Example Street
            staying at 77 Ficticia Ave. with her sister        | ADDRESS  | 77 Ficticia Ave.
            vive en Calle Inventada 45 con sus hijos           | ADDRESS  | Calle Inventada 45
            mail goes to P.O. Box 12                           | ADDRESS  | P.O. Box 12
            """)
    void flagsWhatANoteCouldReveal(String note, Kind kind, String text) {
        List<Finding> found = SensitiveTextDetector.scan(note);

        assertThat(found).extracting(Finding::kind, Finding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kind, text));
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            She attended the hearing on 2026-03-14 with her advocate.
            Two children, ages 4 and 9; the U visa certification was signed.
            Filed I-918 Supplement B; receipt expected in 3 weeks.
            """)
    void plainNarrativeIsNotFlagged(String note) {
        assertThat(SensitiveTextDetector.scan(note)).isEmpty();
    }
}
