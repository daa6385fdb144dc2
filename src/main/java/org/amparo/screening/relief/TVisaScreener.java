package org.amparo.screening.relief;

import java.time.LocalDate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.TFacts;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Screens T nonimmigrant status (LEGAL-REFERENCE §3): the severe-form definition ({@code t.sex}, {@code t.labor},
 * {@code t.el1_victim}), presence ({@code t.el2_presence}), cooperation and its exceptions ({@code t.el3_*}),
 * extreme hardship ({@code t.el4_hardship}), admissibility ({@code t.el5_admissible}) and derivatives
 * ({@code t.family}, {@code t.age_out}).
 *
 * <p>Outcome: every element carries a cap, the best outcome it still allows, and the result is the lowest cap.
 * <ul>
 *   <li>{@code ELIGIBLE}: a branch of the definition met, presence on account of trafficking with no departure,
 *   cooperation met (or the under-18 exception), {@code strong} hardship evidence, and no inadmissibility ground
 *   with all admissibility facts known.</li>
 *   <li>{@code LIKELY_ELIGIBLE}: as above, but hardship evidence is only {@code some} (still to be built), the
 *   trauma exception is relied on, a waiver is needed, or an admissibility fact is unknown.</li>
 *   <li>{@code NEEDS_MORE_INFO}: a needed fact is unknown, cooperation was refused or not reported by an adult
 *   without trauma evidence, she left the U.S. after the trafficking, no hardship evidence, or a security concern.</li>
 *   <li>{@code NOT_ELIGIBLE}: no branch of the definition fits (an adult without force, fraud or coercion, or labor
 *   conditions short of servitude, peonage, debt bondage or slavery), or she is not present on account of the
 *   trafficking.</li>
 *   <li>{@code NOT_APPLICABLE}: the document has no {@code t} section.</li>
 * </ul>
 * The filing date is {@code t.filed_date}, else {@code as_of}.
 */
public final class TVisaScreener implements ReliefScreener {

    private static final String T_I = "INA 101(a)(15)(T)(i)";

    /** Creates the screener; it holds no state. */
    public TVisaScreener() {
        // stateless
    }

    @Override
    public Relief relief() {
        return Relief.t_visa;
    }

    @Override
    public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
        TFacts t = facts.t();
        if (t == null) {
            return UtOutcomes.notApplicable(Relief.t_visa);
        }
        UtOutcomes out = new UtOutcomes(Relief.t_visa);
        out.addAll(TSevereForm.evaluate(t));
        out.add(presence(t));
        out.addAll(TCooperation.evaluate(t));
        out.add(hardship(t));
        UtAdmissibility.Grounds grounds = UtAdmissibility.find(facts);
        out.add(UtAdmissibility.element("t.el5_admissible", grounds, "INA 212(d)(13)",
                "Grounds connected to the trafficking are waivable under INA 212(d)(13)."));
        out.waivers(grounds.grounds().stream().toList());
        TDerivatives.screen(facts, new UtFiling(t.filedDate(), null, asOf), out);
        return out.build();
    }

    private static UtFinding presence(TFacts t) {
        String cite = T_I + "(II)";
        Boolean onAccount = t.presenceOnAccountOfTrafficking();
        if (Boolean.FALSE.equals(onAccount)) {
            return UtFinding.of("t.el2_presence", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "She is not physically present in the U.S. on account of the trafficking.", cite);
        }
        if (Boolean.TRUE.equals(t.departedUsAfterTrafficking())) {
            return UtFinding.of("t.el2_presence", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "She left the U.S. after the trafficking: the 2024 rule allows some departures; attorney"
                            + " review.", cite).missing(onAccount == null
                    ? new String[] {"$.t.presence_on_account_of_trafficking"} : new String[0])
                    .flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        if (onAccount == null || t.departedUsAfterTrafficking() == null) {
            UtFinding f = UtFinding.of("t.el2_presence", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Whether she is present on account of the trafficking, and whether she left the U.S. since, is"
                            + " not fully recorded.", cite);
            f = onAccount == null ? f.missing("$.t.presence_on_account_of_trafficking") : f;
            return t.departedUsAfterTrafficking() == null ? f.missing("$.t.departed_us_after_trafficking") : f;
        }
        return UtFinding.of("t.el2_presence", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                "Physically present in the U.S. on account of the trafficking, with no departure since.", cite);
    }

    private static UtFinding hardship(TFacts t) {
        String cite = T_I + "(IV)";
        if (t.extremeHardshipEvidence() == null) {
            return UtFinding.of("t.el4_hardship", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Evidence of extreme hardship involving unusual and severe harm on removal is not assessed.",
                    cite).missing("$.t.extreme_hardship_evidence");
        }
        return switch (t.extremeHardshipEvidence()) {
            case strong -> UtFinding.of("t.el4_hardship", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Strong evidence of extreme hardship involving unusual and severe harm if removed.", cite);
            case some -> UtFinding.of("t.el4_hardship", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Some hardship evidence: it must show unusual and severe harm beyond the ordinary hardship of"
                            + " removal; still to be built.", cite);
            case none -> UtFinding.of("t.el4_hardship", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO,
                    "No evidence of extreme hardship yet; it must be developed before filing.", cite);
        };
    }
}
