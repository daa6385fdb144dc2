package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.facts.TFacts;
import org.amparo.facts.UFacts;
import org.amparo.facts.VawaFacts;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.relief.ReliefScreener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private final ScreeningFakes.Enforcement enforcement = new ScreeningFakes.Enforcement();

    private ScreeningEngine engine(List<ReliefScreener> screeners) {
        return new ScreeningEngine(enforcement, screeners, new ScreeningFakes.Deadlines(), "9.9.9");
    }

    @Test
    void theDocumentsOwnAsOfIsUsedForEveryEngine() {
        ScreeningDocument out = engine(ScreeningFakes.screeners(ReliefOutcome.NOT_APPLICABLE))
                .screen(ScreeningFakes.facts("r1", LocalDate.of(2025, 9, 15)), TODAY, List.of());

        assertThat(out.asOf()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(enforcement.asOfSeen).containsExactly(LocalDate.of(2025, 9, 15));
        assertThat(out.deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2025, 10, 15));
    }

    @Test
    void withoutAsOfTodayIsUsed() {
        ScreeningDocument out = engine(List.of()).screen(ScreeningFakes.facts("r1", null), TODAY, List.of());

        assertThat(out.asOf()).isEqualTo(TODAY);
    }

    @Test
    void theHeaderEchoesRefVersionAndCarriesTheDisclaimer() {
        ScreeningDocument out = engine(List.of()).screen(ScreeningFakes.facts("intake-7", null), TODAY, List.of());

        assertThat(out.schema()).isEqualTo("amparo-screening/1");
        assertThat(out.ref()).isEqualTo("intake-7");
        assertThat(out.engineVersion()).isEqualTo("9.9.9");
        assertThat(out.disclaimer()).isEqualTo("Screening aid for advocates; not legal advice.");
        assertThat(out.courthouseRisk()).isEmpty();
    }

    @Test
    void allFrameworksAreEvaluatedWhenNoneAreAsked() {
        ScreeningDocument out = engine(List.of()).screen(ScreeningFakes.facts("r1", null), TODAY, List.of());

        assertThat(out.enforcement()).extracting(FrameworkResult::framework).containsExactlyElementsOf(
                ScreeningFakes.IDS);
    }

    @Test
    void onlyTheAskedFrameworksAreEvaluatedInTheOrderAsked() {
        ScreeningDocument out = engine(List.of()).screen(ScreeningFakes.facts("r1", null), TODAY,
                List.of("eo14159_2025", "dhs2014_johnson"));

        assertThat(out.enforcement()).extracting(FrameworkResult::framework)
                .containsExactly("eo14159_2025", "dhs2014_johnson");
    }

    @Test
    void anUnknownFrameworkIsRejectedListingTheValidIds() {
        assertThatThrownBy(() -> engine(List.of()).screen(ScreeningFakes.facts("r1", null), TODAY,
                List.of("eo2099_future")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eo2099_future")
                .hasMessageContaining(
                        "dhs2014_johnson, eo13768_2017, doj2017_sessions, dhs2021_mayorkas, eo14159_2025");
    }

    @Test
    void reliefComesInTheFixedOrderWhateverTheScreenerOrder() {
        List<ReliefScreener> shuffled = new ArrayList<>(ScreeningFakes.screeners(ReliefOutcome.NOT_APPLICABLE));
        java.util.Collections.reverse(shuffled);

        ScreeningDocument out = engine(shuffled).screen(ScreeningFakes.facts("r1", null), TODAY, List.of());

        assertThat(out.relief()).extracting(ReliefResult::relief).containsExactly(Relief.u_visa, Relief.t_visa,
                Relief.vawa_self_petition, Relief.vawa_cancellation, Relief.asylum, Relief.sijs);
    }

    @Test
    void twoScreenersForOneReliefAreRefused() {
        var twice = List.<ReliefScreener>of(new ScreeningFakes.Screener(Relief.asylum, ReliefOutcome.NOT_APPLICABLE),
                new ScreeningFakes.Screener(Relief.asylum, ReliefOutcome.ELIGIBLE));

        assertThatThrownBy(() -> engine(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asylum");
    }

    /** c1367.a2_nondisclosure and its conservative extension: see ScreeningEngine#confidentiality. */
    @ParameterizedTest(name = "c1367.a2: {0} {1} -> protected {2}")
    @CsvSource({
            "u_visa, LIKELY_ELIGIBLE, true",
            "u_visa, NEEDS_MORE_INFO, true",
            "t_visa, ELIGIBLE, true",
            "vawa_self_petition, NEEDS_MORE_INFO, true",
            "vawa_cancellation, LIKELY_ELIGIBLE, true",
            "u_visa, NOT_ELIGIBLE, false",
            "t_visa, NOT_APPLICABLE, false",
            "asylum, ELIGIBLE, false",
            "sijs, LIKELY_ELIGIBLE, false",
    })
    void protectionAttachesWhenUTOrVawaReliefIsInPlay(Relief relief, ReliefOutcome outcome, boolean expected) {
        List<ReliefScreener> screeners = new ArrayList<>();
        for (Relief r : ScreeningEngine.RELIEF_ORDER) {
            screeners.add(new ScreeningFakes.Screener(r, r == relief ? outcome : ReliefOutcome.NOT_APPLICABLE));
        }

        ScreeningDocument out = engine(screeners).screen(ScreeningFakes.facts("r1", null), TODAY, List.of());

        assertThat(out.confidentiality().protected1367()).isEqualTo(expected);
    }

    @Test
    void c1367_a2_aFiledApplicationIsProtectedEvenWhenTheScreenSaysNotEligible() {
        var notEligible = engine(ScreeningFakes.screeners(ReliefOutcome.NOT_ELIGIBLE));
        FactsDocument base = ScreeningFakes.facts("r1", null);
        UFacts uFiled = new UFacts(null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2025, 1, 2));
        TFacts tFiled = new TFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, LocalDate.of(2025, 1, 2));
        VawaFacts vFiled = new VawaFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, LocalDate.of(2025, 1, 2));

        assertThat(notEligible.screen(base, TODAY, List.of()).confidentiality().protected1367()).isFalse();
        assertThat(notEligible.screen(with(base, uFiled, null, null, null), TODAY, List.of())
                .confidentiality().protected1367()).isTrue();
        assertThat(notEligible.screen(with(base, null, tFiled, null, null), TODAY, List.of())
                .confidentiality().protected1367()).isTrue();
        assertThat(notEligible.screen(with(base, null, null, vFiled, null), TODAY, List.of())
                .confidentiality().protected1367()).isTrue();
    }

    @Test
    void c1367_a2_holdingUOrTStatusIsProtected() {
        var notEligible = engine(ScreeningFakes.screeners(ReliefOutcome.NOT_ELIGIBLE));
        Immigration uStatus = new Immigration(null, null, null, null, null, null, Immigration.CurrentStatus.U, null,
                null, null, null, null, null, null, null, null, null, null);

        ScreeningDocument out = notEligible.screen(with(ScreeningFakes.facts("r1", null), null, null, null, uStatus),
                TODAY, List.of());

        assertThat(out.confidentiality().protected1367()).isTrue();
    }

    @Test
    void c1367_a1_factsFromAnAdversePartyAreListedInDocumentOrder() {
        Map<String, FactSource> sources = new java.util.LinkedHashMap<>();
        sources.put("$.criminal.pending_charges[0]", FactSource.abuser);
        sources.put("$.person.dob", FactSource.client);
        sources.put("$.conduct.gang_allegation", FactSource.trafficker);
        sources.put("$.immigration.last_entry_date", FactSource.perpetrator);
        sources.put("$.u.crimes[0]", FactSource.agency);
        FactsDocument f = ScreeningFakes.facts("r1", null);
        FactsDocument withSources = new FactsDocument(f.schema(), f.ref(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, sources, null);

        ScreeningDocument out = engine(List.of()).screen(withSources, TODAY, List.of());

        assertThat(out.confidentiality().abuserOnlyFacts()).containsExactly("$.criminal.pending_charges[0]",
                "$.conduct.gang_allegation", "$.immigration.last_entry_date");
    }

    private static FactsDocument with(FactsDocument f, UFacts u, TFacts t, VawaFacts v, Immigration imm) {
        return new FactsDocument(f.schema(), f.ref(), f.asOf(), f.person(), imm, f.criminal(), f.conduct(), u, t, v,
                f.familyMembers(), f.courtEvents(), f.iceCheckins(), f.asylum(), f.sijs(), f.factsSources(),
                f.extensions());
    }
}
