package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import java.time.LocalDate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.UFacts;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Screens U nonimmigrant status (LEGAL-REFERENCE §2): qualifying crime ({@code u.qca}), victim category
 * ({@code u.victim_category}), elements {@code u.el1_abuse}…{@code u.el5_admissible}, the Supplement B rules
 * {@code u.cert.*}, waivers and derivatives ({@code u.fam.*}, {@code u.age.*}).
 *
 * <p>Outcome: every element carries a cap, the best outcome it still allows, and the result is the lowest cap.
 * <ul>
 *   <li>{@code ELIGIBLE}: every element MET on strong evidence (abuse evidence {@code strong}, help given or being
 *   given), a certification by a recognised agency and official, signed within six months before filing (stale on
 *   the six-month anniversary), original held, and no inadmissibility ground found with all admissibility facts
 *   known.</li>
 *   <li>{@code LIKELY_ELIGIBLE}: the substantive elements fit but a certification or an I-192 waiver is still
 *   needed, the certification needs fixing or checking (e.g. stale before filing), help is only "likely to be"
 *   given, an admissibility fact is unknown, the only qualifying crime is a 2013 addition (UNVERIFIED), or she is
 *   an indirect victim as a child or sibling (age measurement UNVERIFIED).</li>
 *   <li>{@code NEEDS_MORE_INFO}: a substantive fact is unknown, only {@code similar_activity} is recorded, abuse
 *   evidence is only {@code some}, a bystander or under-16 case needs review, a security concern is recorded, or the
 *   petition was already filed with a stale certification.</li>
 *   <li>{@code NOT_ELIGIBLE}: no qualifying crime, no U.S. nexus, an unreasonable refusal to help with no exception,
 *   no abuse evidence, or not a direct/indirect victim.</li>
 *   <li>{@code NOT_APPLICABLE}: the document has no {@code u} section.</li>
 * </ul>
 * The filing date is {@code u.filed_date}, else {@code u.planned_filing_date} (never before {@code as_of}), else
 * {@code as_of}.
 */
public final class UVisaScreener implements ReliefScreener {

    private static final String U_I = "INA 101(a)(15)(U)(i)";

    /** Creates the screener; it holds no state. */
    public UVisaScreener() {
        // stateless
    }

    @Override
    public Relief relief() {
        return Relief.u_visa;
    }

    @Override
    public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
        UFacts u = facts.u();
        if (u == null) {
            return UtOutcomes.notApplicable(Relief.u_visa);
        }
        UtFiling filing = new UtFiling(u.filedDate(), u.plannedFilingDate(), asOf);
        UtOutcomes out = new UtOutcomes(Relief.u_visa);
        out.add(QualifyingCrimes.evaluate(u));
        out.add(UVictimCategory.evaluate(facts));
        out.add(abuse(u));
        out.add(information(facts, u));
        out.add(helpfulness(facts, u));
        out.add(QualifyingCrimes.nexus(u));
        UtAdmissibility.Grounds grounds = UtAdmissibility.find(facts);
        out.add(UtAdmissibility.element("u.el5_admissible", grounds, "INA 212(d)(14); 8 CFR 212.17",
                "Almost any ground can be waived for a U petitioner in the public or national interest, except INA"
                        + " 212(a)(3)(E)."));
        out.waivers(grounds.grounds().stream().toList());
        out.addAll(UCertification.evaluate(u, filing));
        UDerivatives.screen(facts, filing, out);
        return out.build();
    }

    private static UtFinding abuse(UFacts u) {
        String cite = U_I + "(I); 8 CFR 214.14(b)(1)";
        if (u.substantialAbuseEvidence() == null) {
            return UtFinding.of("u.el1_abuse", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "The evidence of substantial physical or mental abuse is not assessed.", cite)
                    .missing("$.u.substantial_abuse_evidence");
        }
        return switch (u.substantialAbuseEvidence()) {
            case strong -> UtFinding.of("u.el1_abuse", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Strong evidence of substantial physical or mental abuse from the crime.", cite);
            case some -> UtFinding.of("u.el1_abuse", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "Some evidence of abuse: whether it is 'substantial' (severity, duration, injury, aggravation of"
                            + " existing conditions) needs review and more evidence.", cite);
            case none -> UtFinding.of("u.el1_abuse", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "No evidence of substantial physical or mental abuse is recorded; re-screen if evidence is"
                            + " gathered.", cite);
        };
    }

    private static UtFinding information(FactsDocument facts, UFacts u) {
        String cite = U_I + "(II); 8 CFR 214.14(b)(2)";
        Boolean has = u.hasInformationAboutCrime();
        if (has == null) {
            return UtFinding.of("u.el2_information", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Whether she has information about the crime is not recorded.", cite)
                    .missing("$.u.has_information_about_crime");
        }
        if (has) {
            return UtFinding.of("u.el2_information", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "She has information about the criminal activity.", cite);
        }
        if (helperException(facts, u)) {
            return UtFinding.of("u.el2_information", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "She was under 16 or is incapacitated: a parent, guardian or next friend may hold the information"
                            + " for her. UNVERIFIED rule: regulation paragraph numbers not confirmed.", cite)
                    .flag(ReliefResult.FLAG_UNVERIFIED);
        }
        return UtFinding.of("u.el2_information", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                "She has no information about the criminal activity.", cite);
    }

    private static UtFinding helpfulness(FactsDocument facts, UFacts u) {
        String cite = U_I + "(III); 8 CFR 214.14(b)(3)";
        UFacts.Helpfulness h = u.helpfulness();
        if (h == null || h == UFacts.Helpfulness.unknown) {
            return UtFinding.of("u.el3_helpful", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Whether she has helped, is helping or is likely to help the authorities is unknown.", cite)
                    .missing("$.u.helpfulness");
        }
        return switch (h) {
            case has_been, is_being -> UtFinding.of("u.el3_helpful", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "She " + (h == UFacts.Helpfulness.has_been ? "has been" : "is being") + " helpful to the"
                            + " authorities (a continuing duty: an unreasonable refusal later can defeat the case).",
                    cite);
            case likely_to_be -> UtFinding.of("u.el3_helpful", ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE,
                    "She is likely to be helpful; the certification must confirm it, and the duty continues.", cite);
            case refused_unreasonably -> helperException(facts, u)
                    ? UtFinding.of("u.el3_helpful", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "Help was refused, but she was under 16 or is incapacitated: a parent, guardian or next friend"
                            + " may help for her. UNVERIFIED rule: paragraph numbers not confirmed.", cite)
                    .flag(ReliefResult.FLAG_UNVERIFIED)
                    : UtFinding.of("u.el3_helpful", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "She unreasonably refused to help, and no under-16 or incapacity exception applies.", cite);
            case unknown -> throw new IllegalStateException("handled above");
        };
    }

    /** Under 16 at the crime, or she herself is incompetent or incapacitated (8 CFR 214.14(b)(2)–(3)). */
    private static boolean helperException(FactsDocument facts, UFacts u) {
        boolean incapacitated = u.victimRole() == UFacts.VictimRole.direct
                && u.directVictimStatus() == UFacts.DirectVictimStatus.incompetent_incapacitated;
        LocalDate dob = facts.person() == null ? null : facts.person().dob();
        LocalDate crimeDate = UVictimCategory.firstCrimeDate(u);
        boolean under16 = dob != null && crimeDate != null && LegalDates.under(dob, 16, crimeDate);
        return incapacitated || under16;
    }
}
