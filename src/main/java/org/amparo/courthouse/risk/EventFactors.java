package org.amparo.courthouse.risk;

import static org.amparo.courthouse.risk.ExposureFactors.isTrue;
import static org.amparo.courthouse.risk.ExposureFactors.list;
import static org.amparo.courthouse.risk.RiskScore.UNVERIFIED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.screening.CourthouseRisk.Level;

/** Factors of one court event: the court and her role, the place (287(g), state law, federal policy), the people. */
final class EventFactors {

    private static final Set<CourtType> NONCRIMINAL = EnumSet.of(CourtType.family, CourtType.protective_order,
            CourtType.small_claims);
    private static final Set<ClientRole> VICTIM_ROLES = EnumSet.of(ClientRole.petitioner, ClientRole.witness);

    private final CourthouseRules rules;

    EventFactors(CourthouseRules rules) {
        this.rules = rules;
    }

    void score(CourtEvent event, LocalDate date, boolean terrorismFlag, RiskScore score) {
        Optional<FederalCourthousePolicy> policy = rules.federalPolicyOn(date);
        policy.ifPresent(p -> policy(p, terrorismFlag, score));
        court(event, policy.orElse(null), score);
        role(event, policy.orElse(null), score);
        ina239e(event, score);
        place(event, date, policy.orElse(null), score);
        people(event, score);
        if (isTrue(event.remoteAppearanceAvailable())) {
            score.add("risk.remote_available", -1, "The court offers a remote appearance, so she need not be at "
                    + "the courthouse (mitigation in the §6.7 proposal).");
        }
        if (isTrue(event.attorneyAccompanying())) {
            score.add("risk.attorney_accompanying", -1, "An attorney will accompany her (counsel accompaniment, "
                    + "§6.7 proposal).");
        }
    }

    private static void policy(FederalCourthousePolicy policy, boolean terrorismFlag, RiskScore score) {
        String note = policy.unverifiedNote() == null ? "" : "; " + policy.unverifiedNote() + UNVERIFIED;
        String reason = "Federal courthouse policy on the event date: " + policy.title() + " — " + policy.citation()
                + note + ".";
        if (policy.points() != 0) {
            score.add(policy.factorId(), policy.points(), reason);
        }
        if (policy.limitedToExceptions() && !terrorismFlag) {
            score.cap(policy.factorId() + "_cap", Level.MODERATE, "Under " + policy.id() + " courthouse arrests "
                    + "were allowed only for national security, imminent risk of harm, hot pursuit or imminent "
                    + "destruction of evidence (cc21.limited), none of which her facts show: at most MODERATE.");
        }
    }

    private static void court(CourtEvent event, FederalCourthousePolicy policy, RiskScore score) {
        CourtType type = event.courtType();
        if (type == CourtType.criminal) {
            score.add("risk.criminal_court", 2, "A criminal court: ranked highest in the §6.7 proposal, and not "
                    + "covered by the policies' advice to avoid non-criminal courts.");
        } else if (type == CourtType.civil || type == CourtType.traffic) {
            score.add("risk.civil_court", 1, "A " + type + " court: ranked between criminal and family courts in "
                    + "the §6.7 proposal.");
        } else if (type == CourtType.immigration) {
            score.add("risk.immigration_court", 1, "An immigration court: the appearance is known to DHS; the legal "
                    + "reference has no courthouse rule for immigration courts (attorney review).");
        } else if (type != null && NONCRIMINAL.contains(type) && policy != null && policy.avoidsNoncriminalCourts()) {
            score.add("risk.noncriminal_court", -1, "A " + type + " court: " + policy.id() + " tells officers to "
                    + "generally avoid courts dedicated to non-criminal matters unless operationally necessary "
                    + "with supervisor approval (cd18.noncriminal_courts; §6.3).");
        }
    }

    private static void role(CourtEvent event, FederalCourthousePolicy policy, RiskScore score) {
        ClientRole role = event.clientRole();
        if (role == ClientRole.defendant) {
            score.add("risk.defendant", 1, "She is the defendant: she must appear in person and any new arrest or "
                    + "booking exposes her to a detainer (§6.5, §6.6).");
        }
        boolean bystander = role == ClientRole.companion || role == ClientRole.witness;
        if (bystander && policy != null && policy.companionsMayBeArrested()) {
            score.add("risk.companion_witness", 1, "She attends as " + role + ": under " + policy.id()
                    + " companions and witnesses may be arrested case by case (§6.3).");
        } else if (bystander && policy != null && policy.nonTargetsGenerallySpared()) {
            score.add("risk.companion_witness", -1, "She attends as " + role + ": under " + policy.id()
                    + " companions and witnesses are generally not subject to enforcement (cd18.non_targets).");
        }
    }

    private static void ina239e(CourtEvent event, RiskScore score) {
        boolean dvCase = isTrue(event.caseRelatesToDvSaTraffickingStalking())
                || event.courtType() == CourtType.protective_order;
        if (dvCase && VICTIM_ROLES.contains(event.clientRole())) {
            score.add("risk.ina239e", -1, "She appears as the victim in a protection-order or domestic-violence, "
                    + "sexual-assault, trafficking or stalking case: if enforcement happens in connection with "
                    + "this appearance, the Notice to Appear must certify 8 U.S.C. 1367 compliance (INA 239(e), "
                    + "8 U.S.C. 1229(e); c1367.ina239e_locations). A duty, not a bar; exact statutory wording"
                    + UNVERIFIED + ".");
        }
    }

    private void place(CourtEvent event, LocalDate date, FederalCourthousePolicy policy, RiskScore score) {
        List<Model287g> models = list(event.county287gModels());
        String county = event.county() == null ? "this county" : event.county();
        if (models.contains(Model287g.TFM)) {
            score.add("risk.287g_tfm", 2, county + " has a 287(g) Task Force Model agreement: local officers may "
                    + "stop, question and arrest for immigration violations in the community, courthouse areas "
                    + "included, without any booking (287g.tfm).");
        }
        if (models.contains(Model287g.JEM) || models.contains(Model287g.WSO)) {
            score.add("risk.287g_jail", 1, county + " has a 287(g) jail agreement (" + jailModels(models)
                    + "): any arrest or booking, even on an abuser's false report or a dual arrest, can lead to "
                    + "ICE custody (287g.jem, 287g.wso).");
        }
        rules.stateLawFor(event.state(), date).ifPresent(law -> stateLaw(law, policy, score));
        Integer reports = event.recentIceActivityReports();
        if (reports != null && reports > 0) {
            score.add("risk.recent_ice_activity", reports >= 3 ? 2 : 1, reports + " report(s) of ICE activity "
                    + "at this courthouse in the last 90 days.");
        }
    }

    private static String jailModels(List<Model287g> models) {
        return models.stream().filter(m -> m != Model287g.TFM).distinct().map(Enum::name)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static void stateLaw(StateCourthouseLaw law, FederalCourthousePolicy policy, RiskScore score) {
        boolean deferred = policy != null && policy.checksStateLaw();
        String federal = deferred ? " The federal guidance in force tells officers to check that state law "
                + "does not preclude the arrest."
                : policy != null && policy.id().equals("ice2025_courthouse_lyons")
                ? " The May 2025 ICE memo no longer tells officers to defer to state law, so it lowers the risk "
                + "but does not remove it." : "";
        String unverified = law.unverified() ? " Also " + law.unverifiedNote() + UNVERIFIED + "." : "";
        score.add("risk.state_law", deferred ? -2 : -1, law.citation() + " (" + law.id() + "): "
                + law.protects() + federal + unverified + " Enforceability after federal challenges"
                + UNVERIFIED + ".");
    }

    private static void people(CourtEvent event, RiskScore score) {
        boolean knows = isTrue(event.abuserKnowsDate());
        boolean threatened = isTrue(event.abuserThreatenedImmigrationReport());
        String c1367 = " 8 U.S.C. 1367 bars adverse decisions based solely on the abuser's information "
                + "(c1367.a1) but does not prevent an arrest on independently verified facts (§6.7).";
        if (knows && threatened) {
            score.add("risk.abuser_tip", 3, "The abuser knows the court date and has threatened to report her to "
                    + "immigration: a tip gives ICE the information that she will be present that courthouse "
                    + "guidance asks for (§6.1, §6.3)." + c1367);
        } else if (threatened) {
            score.add("risk.abuser_threat", 1, "The abuser has threatened to report her to immigration." + c1367);
        } else if (knows) {
            score.add("risk.abuser_knows_date", 1, "The abuser knows the court date and could pass it on." + c1367);
        }
    }
}
