package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningTextTest {

    @Test
    void theTextShowsOutcomesReasonsElementsMissingFactsAndDeadlines() {
        String text = ScreeningText.render(List.of(ScreeningFakes.full()));

        assertThat(text).contains("Screening of intake-2025-0142 as of 2025-09-15")
                .contains("not legal advice")
                .contains("eo13768_2017: LIKELY_PRIORITY")
                .contains("eo17.c_chargeable_acts: LIKELY_MATCH [EO 13768 §5(c), 82 FR 8799]")
                .contains("entered without inspection: 8 U.S.C. 1325(a)")
                .contains("(1 other category: NO_MATCH)")
                .contains("public-safety assessment leaning: needs_review")
                .contains("u_visa: LIKELY_ELIGIBLE")
                .contains("[MET] u.el1_abuse: strong evidence of substantial abuse [8 CFR 214.14(b)(1)]")
                .contains("missing facts: $.u.certification.signed_date")
                .contains("derivative sis-1 (sibling): LIKELY_ELIGIBLE, file by 2025-11-19")
                .contains("2026-01-19  upcoming  dl.i918b_6m  Supplement B expires")
                .contains("ce-1 on 2025-10-02: HIGH")
                .contains("8 U.S.C. 1367 protection: yes");
        assertThat(text).doesNotContain("eo17.a_convicted");
    }

    @Test
    void severalDocumentsAreSeparated() {
        String text = ScreeningText.render(List.of(ScreeningFakes.full(), ScreeningFakes.full()));

        assertThat(text.split("Screening of intake-2025-0142", -1)).hasSize(3);
        assertThat(text).contains("=".repeat(78));
    }
}
