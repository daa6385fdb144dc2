package org.amparo.courthouse.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.facts.CourtEvent;
import org.amparo.screening.CourthouseRisk.Level;

/** Plain-English safety-plan steps chosen by an event's factors and level, most urgent first. */
final class SafetyPlanner {

    static final String IF_APPROACHED = "If officers approach her: stay calm; she has the right to remain silent; "
            + "she should not sign anything or show false documents; she should ask to call her attorney and call "
            + "them (keep the number on paper, not only in the phone).";
    static final String CHILDCARE = "Make a childcare and emergency-contact plan before the date: who picks up the "
            + "children, who holds the attorney's number and her documents, in case she is detained.";
    static final String CHECKIN_ATTEND = "Attend the check-in: missing it is itself a risk, because it can be "
            + "treated as breaking the terms of her release and lead to a warrant or re-detention. If she cannot "
            + "go, the attorney should ask the office in writing to reschedule before the date.";

    private SafetyPlanner() {
    }

    static List<String> forCourtEvent(CourtEvent event, Level level, Set<String> ids, StateCourthouseLaw law) {
        List<String> plan = new ArrayList<>();
        boolean elevated = level.compareTo(Level.MODERATE) >= 0;
        if (elevated) {
            plan.add(Boolean.TRUE.equals(event.remoteAppearanceAvailable())
                    ? "Use the remote (video or phone) appearance the court offers instead of going in person."
                    : "Ask the court, through the attorney, for a remote appearance by video or phone.");
        }
        if (elevated && !Boolean.TRUE.equals(event.attorneyAccompanying())) {
            plan.add("Arrange for the attorney or a trained advocate to go with her and stay with her until she "
                    + "has left the building.");
        }
        boolean abuser = ids.contains("risk.abuser_tip") || ids.contains("risk.abuser_threat")
                || ids.contains("risk.abuser_knows_date");
        if (abuser) {
            plan.add("Keep court dates and travel plans away from the abuser and shared contacts; tell the "
                    + "attorney about the threat and ask the court about a safe entrance and exit.");
            if (!ids.contains("risk.c1367_filed")) {
                plan.add("If she may qualify for VAWA, U or T, ask the attorney about filing before the hearing so "
                        + "8 U.S.C. 1367 confidentiality protection attaches.");
            }
        }
        addCommon(plan, ids);
        if (ids.contains("risk.ina239e")) {
            plan.add("Bring the protection-order or case papers showing she appears as the victim (INA 239(e) "
                    + "protections apply to this appearance).");
        }
        if (law != null && ids.contains("risk.state_law")) {
            plan.add("Carry a copy of " + law.citation() + ", which restricts civil arrests at courthouses; if "
                    + "approached, ask court security or the judge to enforce it.");
        }
        addPlace(plan, ids);
        if (ids.contains("risk.companion_witness") && level != Level.LOW) {
            plan.add("Ask the attorney whether she needs to attend at all, or whether another trusted person can "
                    + "go instead.");
        }
        finish(plan, elevated);
        return List.copyOf(plan);
    }

    static List<String> forCheckin(Level level, Set<String> ids) {
        List<String> plan = new ArrayList<>();
        plan.add(CHECKIN_ATTEND);
        boolean elevated = level.compareTo(Level.MODERATE) >= 0;
        if (elevated) {
            plan.add("Go with the attorney or an advocate who waits nearby and knows to call the attorney if she "
                    + "does not come out.");
        }
        addCommon(plan, ids);
        finish(plan, elevated);
        return List.copyOf(plan);
    }

    private static void addCommon(List<String> plan, Set<String> ids) {
        if (ids.contains("risk.final_order") || ids.contains("risk.reentry")) {
            plan.add("Have the immigration attorney review the removal order or prior removal before the date "
                    + "(for example whether a stay or a motion is possible).");
        }
        if (ids.contains("risk.c1367_filed")) {
            plan.add("Carry proof of the pending petition (the receipt notice) and the attorney's contact card.");
        }
        if (ids.contains("risk.detainer") || ids.contains("risk.pending_charge")) {
            plan.add("Make sure the criminal defense attorney knows her immigration situation (and any detainer) "
                    + "before the hearing.");
        }
    }

    private static void addPlace(List<String> plan, Set<String> ids) {
        if (ids.contains("risk.287g_tfm")) {
            plan.add("Plan safe transport to and from court: local officers here can question people about "
                    + "immigration status during routine stops, so avoid driving without a valid licence.");
        }
        if (ids.contains("risk.287g_jail")) {
            plan.add("Avoid any arrest or booking in this county: if police are called in a dispute with the "
                    + "abuser, she should say she is the victim and ask for her attorney.");
        }
        if (ids.contains("risk.recent_ice_activity")) {
            plan.add("Check with the local rapid-response network or court-watch group about ICE presence on "
                    + "the day.");
        }
    }

    private static void finish(List<String> plan, boolean elevated) {
        if (elevated) {
            plan.add(CHILDCARE);
        }
        plan.add(IF_APPROACHED);
    }
}
