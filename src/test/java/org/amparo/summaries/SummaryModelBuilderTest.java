package org.amparo.summaries;

import static org.amparo.summaries.SummaryTestInputs.ABUSER_CANARY;
import static org.amparo.summaries.SummaryTestInputs.ADDRESS_CANARY;
import static org.amparo.summaries.SummaryTestInputs.A_NUMBER_CANARY;
import static org.amparo.summaries.SummaryTestInputs.NOTE_CANARY;
import static org.amparo.summaries.SummaryTestInputs.PHONE_CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryModelBuilderTest {

    private static String all(SummaryRequest request) throws Exception {
        return String.join("\n", new SummaryModelBuilder(request, SummaryTestInputs.input()).build().texts());
    }

    @Test
    void theAttorneysFullSummaryHoldsEverythingButUnchosenNotes() throws Exception {
        String text = all(SummaryRequest.of("2026-0007", SummaryProfile.FULL, Locale.ENGLISH));

        assertThat(text).contains(ADDRESS_CANARY, PHONE_CANARY, A_NUMBER_CANARY, ABUSER_CANARY, "U visa",
                "Enforcement priorities", "u.el1_abuse", "Prepared by attorney.ejemplo", "exp-0001")
                .doesNotContain(NOTE_CANARY);
    }

    @Test
    void aReferralSummaryLeavesOutContactImmigrationAnd1367ProtectedFacts() throws Exception {
        String text = all(SummaryRequest.of("2026-0007", SummaryProfile.REFERRAL, Locale.ENGLISH));

        assertThat(text).contains("Rosalba", "2026-0007", "Asylum")
                .doesNotContain(ADDRESS_CANARY, PHONE_CANARY, A_NUMBER_CANARY, ABUSER_CANARY, "U visa",
                        "Enforcement priorities", "1367", "rosalba@example.org", "Text only after 6 pm");
    }

    @Test
    void anAttorneyCanAddAFieldToAReferralWithAReasonThatIsPrinted() throws Exception {
        SummaryRequest request = new SummaryRequest("2026-0007", SummaryProfile.REFERRAL, Locale.ENGLISH, List.of(),
                Map.of(SummaryField.A_NUMBER, "Partner files the FOIA request"));

        assertThat(all(request)).contains(A_NUMBER_CANARY, "Partner files the FOIA request")
                .doesNotContain(ADDRESS_CANARY);
    }

    @Test
    void herOwnCopySaysNothingAboutTheAbuser() throws Exception {
        String text = all(SummaryRequest.of("2026-0007", SummaryProfile.CLIENT, Locale.ENGLISH));

        assertThat(text).contains("Your case summary", PHONE_CANARY, "U visa")
                .doesNotContain(ABUSER_CANARY, "partner-1", "abuser", "Abuser", A_NUMBER_CANARY, ADDRESS_CANARY);
    }

    @Test
    void notesAppearOnlyWhenChosen() throws Exception {
        SummaryRequest request = new SummaryRequest("2026-0007", SummaryProfile.REFERRAL, Locale.ENGLISH,
                List.of(5L), Map.of());

        assertThat(all(request)).contains(NOTE_CANARY);
    }

    @Test
    void theOutputLanguageIsChosenPerDocument() throws Exception {
        String spanish = all(SummaryRequest.of("2026-0007", SummaryProfile.FULL, Locale.forLanguageTag("es")));

        assertThat(spanish).contains("Resumen del caso", "Opciones de alivio", "Visa U", "Preparado por",
                "El motor de evaluación escribe sus razones");
    }
}
