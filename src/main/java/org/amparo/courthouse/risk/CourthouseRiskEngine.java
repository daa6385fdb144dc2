package org.amparo.courthouse.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.IceCheckin.Type;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.CourthouseRisk.Factor;
import org.amparo.screening.CourthouseRisk.Level;

/**
 * Arrest risk of each court event and ICE check-in of a facts document, with factors and a safety plan. Pure: the
 * rules (federal courthouse policies by date, state courthouse-protection laws) are data read once at construction.
 *
 * <p>Scoring follows the engineering proposal of LEGAL-REFERENCE §6.7 (not law). Each factor adds points; the sum
 * gives the level: {@code <= 1} LOW, {@code 2–4} MODERATE, {@code 5–7} HIGH, {@code >= 8} SEVERE.
 * <table>
 * <caption>Points</caption>
 * <tr><th>factor id</th><th>points</th><th>rule</th></tr>
 * <tr><td>risk.final_order / risk.reentry / risk.national_security</td><td>+3 each</td>
 *     <td>cd18.targets, §6.3 target list</td></tr>
 * <tr><td>risk.conviction / risk.gang / risk.detainer</td><td>+2 each</td><td>cd18.targets, §6.6</td></tr>
 * <tr><td>risk.pending_charge / risk.laken_riley (UNVERIFIED)</td><td>+1 each</td><td>§6.7</td></tr>
 * <tr><td>risk.enforcement_priority</td><td>+2 PRIORITY, +1 LIKELY_PRIORITY or REMOVABLE_UNLISTED</td>
 *     <td>the {@link EnforcementSummary} passed in</td></tr>
 * <tr><td>risk.not_priority / risk.protected_status / risk.c1367_filed</td><td>−1 / −2 / −1</td><td>§1, §5.1</td></tr>
 * <tr><td>risk.not_removable</td><td>caps at LOW</td><td>NOT_REMOVABLE outcome or U.S. citizen</td></tr>
 * <tr><td>risk.criminal_court / risk.civil_court / risk.immigration_court</td><td>+2 / +1 / +1</td><td>§6.7 order</td></tr>
 * <tr><td>risk.noncriminal_court</td><td>−1 when the policy avoids non-criminal courts</td><td>cd18, §6.3</td></tr>
 * <tr><td>risk.defendant</td><td>+1</td><td>§6.5, §6.6</td></tr>
 * <tr><td>risk.companion_witness</td><td>+1 (2025 guidance) / −1 (2018–2021)</td><td>§6.3, cd18.non_targets</td></tr>
 * <tr><td>risk.ina239e</td><td>−1</td><td>INA 239(e), c1367.ina239e_locations</td></tr>
 * <tr><td>risk.287g_tfm / risk.287g_jail</td><td>+2 / +1</td><td>§6.5</td></tr>
 * <tr><td>risk.state_law</td><td>−2 when the federal policy checks state law, else −1</td><td>§6.4</td></tr>
 * <tr><td>risk.courthouse_policy_none / _2018 / _2021 / _2025</td><td>+1 / 0 / −2 / +1</td><td>§5.2, §6.1–6.3</td></tr>
 * <tr><td>risk.courthouse_policy_2021_cap</td><td>caps at MODERATE</td><td>cc21.limited</td></tr>
 * <tr><td>risk.recent_ice_activity</td><td>+1, or +2 from 3 reports</td><td>§6.7</td></tr>
 * <tr><td>risk.abuser_tip (knows date and threatened) / risk.abuser_threat / risk.abuser_knows_date</td>
 *     <td>+3 / +1 / +1</td><td>§6.3 "credible information", §5.1</td></tr>
 * <tr><td>risk.remote_available / risk.attorney_accompanying</td><td>−1 each</td><td>§6.7 mitigations</td></tr>
 * <tr><td>risk.checkin_known_date / risk.checkin_supervision</td><td>+1 each</td><td>ICE check-ins (§0.2)</td></tr>
 * </table>
 * The federal policy is the one in force on the event's date (the evaluation date when the event has none), so
 * the same facts score differently under the 2021 memo and the 2025 guidance. Every event is assessed, past ones
 * included; callers filter. Courthouse policies and state laws do not apply to ICE check-ins.
 */
public final class CourthouseRiskEngine {

    private final CourthouseRules rules;
    private final EventFactors eventFactors;

    /** An engine on the rules packaged with the application. */
    public CourthouseRiskEngine() {
        this(CourthouseRules.bundled());
    }

    public CourthouseRiskEngine(CourthouseRules rules) {
        this.rules = rules;
        this.eventFactors = new EventFactors(rules);
    }

    /** Risks of every court event, then every ICE check-in, without an enforcement summary. */
    public List<CourthouseRisk> assess(FactsDocument facts, LocalDate asOf) {
        return assess(facts, asOf, null);
    }

    /**
     * Risks of every court event, then every ICE check-in, in document order.
     *
     * @param summary the enforcement-screening outcome to weigh in, or null
     */
    public List<CourthouseRisk> assess(FactsDocument facts, LocalDate asOf, EnforcementSummary summary) {
        List<CourthouseRisk> risks = new ArrayList<>();
        List<CourtEvent> events = ExposureFactors.list(facts.courtEvents());
        for (int i = 0; i < events.size(); i++) {
            risks.add(assessCourtEvent(facts, events.get(i), refOr(events.get(i).ref(), "court_events", i), asOf,
                    summary));
        }
        List<IceCheckin> checkins = ExposureFactors.list(facts.iceCheckins());
        for (int i = 0; i < checkins.size(); i++) {
            risks.add(assessCheckin(facts, checkins.get(i), refOr(checkins.get(i).ref(), "ice_checkins", i), asOf,
                    summary));
        }
        return List.copyOf(risks);
    }

    private CourthouseRisk assessCourtEvent(FactsDocument facts, CourtEvent event, String ref, LocalDate asOf,
                                            EnforcementSummary summary) {
        LocalDate date = event.date() != null ? event.date() : asOf;
        RiskScore score = new RiskScore();
        ExposureFactors.score(facts, summary, date, score);
        boolean terrorism = facts.conduct() != null && ExposureFactors.isTrue(facts.conduct().terrorismEspionageFlag());
        eventFactors.score(event, date, terrorism, score);
        Level level = score.level();
        List<String> plan = SafetyPlanner.forCourtEvent(event, level, ids(score.factors()),
                rules.stateLawFor(event.state(), date).orElse(null));
        return new CourthouseRisk(ref, event.date(), level, score.factors(), plan);
    }

    private CourthouseRisk assessCheckin(FactsDocument facts, IceCheckin checkin, String ref, LocalDate asOf,
                                         EnforcementSummary summary) {
        LocalDate date = checkin.date() != null ? checkin.date() : asOf;
        RiskScore score = new RiskScore();
        ExposureFactors.score(facts, summary, date, score);
        score.add("risk.checkin_known_date", 1, "An ICE check-in takes place at an ICE office on a date ICE set, "
                + "so ICE knows where she will be; courthouse policies and state courthouse laws (§6.1–6.4) do "
                + "not apply there.");
        boolean supervised = checkin.type() == Type.supervision || (facts.immigration() != null
                && ExposureFactors.isTrue(facts.immigration().orderOfSupervision()));
        if (supervised) {
            score.add("risk.checkin_supervision", 1, "She reports under an order of supervision, which follows a "
                    + "removal order (order_of_supervision, §0.2).");
        }
        Level level = score.level();
        return new CourthouseRisk(ref, checkin.date(), level, score.factors(),
                SafetyPlanner.forCheckin(level, ids(score.factors())));
    }

    private static Set<String> ids(List<Factor> factors) {
        Set<String> ids = new HashSet<>();
        factors.forEach(f -> ids.add(f.id()));
        return ids;
    }

    private static String refOr(String ref, String list, int index) {
        return ref != null ? ref : list + "[" + index + "]";
    }
}
