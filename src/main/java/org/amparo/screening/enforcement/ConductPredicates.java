package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.facts.Conduct.GangAllegation;
import org.amparo.facts.Conduct.UnchargedConduct;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal.Jurisdiction;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration.EntryManner;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.enforcement.FactPaths.Conv;
import org.amparo.screening.enforcement.Params.Keyed;
import org.amparo.screening.enforcement.Params.Level;

/** Predicates over conduct, allegations and flags, plus the judgment and context predicates. */
final class ConductPredicates {

    private ConductPredicates() {
    }

    private static PredicateResult flag(Boolean value, String path, CategoryOutcome level, String what) {
        Finding f = new Finding().read(path);
        if (value == null) {
            return f.unknown("not known whether " + what, path).done("");
        }
        if (value) {
            f.raise(level, "recorded: " + what, path);
        }
        return f.done("recorded as not the case: " + what);
    }

    /** {@code terrorism_espionage}: engaged in or suspected of terrorism or espionage. */
    static PredicateResult terrorismEspionage(FactsDocument facts, Params p, LocalDate asOf) {
        return flag(FactPaths.conduct(facts).terrorismEspionageFlag(), FactPaths.TERRORISM,
                p.outcome("level", CategoryOutcome.MATCH), "engaged in or suspected of terrorism or espionage");
    }

    /** {@code visa_program_abuse}: an official's finding that she significantly abused a visa or the VWP. */
    static PredicateResult visaProgramAbuse(FactsDocument facts, Params p, LocalDate asOf) {
        return flag(FactPaths.conduct(facts).visaProgramAbuseFinding(), FactPaths.VISA_ABUSE,
                p.outcome("level", CategoryOutcome.MATCH), "an official found significant visa or VWP abuse");
    }

    /** {@code public_benefits_abuse}: a finding or admission of improper receipt (lawful receipt is not abuse). */
    static PredicateResult publicBenefitsAbuse(FactsDocument facts, Params p, LocalDate asOf) {
        return flag(FactPaths.conduct(facts).publicBenefitsAbuse(), FactPaths.BENEFITS_ABUSE,
                p.outcome("level", CategoryOutcome.MATCH), "a finding or admission of public-benefits abuse"
                        + " (lawful receipt for eligible U.S.-citizen children is not abuse)");
    }

    /** {@code fraud_misrepresentation}: fraud or willful misrepresentation in an official matter, plus conduct. */
    static PredicateResult fraudMisrepresentation(FactsDocument facts, Params p, LocalDate asOf) {
        Conduct conduct = FactPaths.conduct(facts);
        Finding f = new Finding().read(FactPaths.FRAUD);
        if (conduct.fraudOrMisrepOfficialMatter() == null) {
            f.unknown("not known whether she engaged in fraud or misrepresentation in an official matter",
                    FactPaths.FRAUD);
        } else if (conduct.fraudOrMisrepOfficialMatter()) {
            String reason = p.string("reason", "fraud or willful misrepresentation in an official matter");
            if (conduct.fraudDetails() != null) {
                f.raise(p.outcome("level", CategoryOutcome.MATCH), reason + " (" + conduct.fraudDetails() + ")",
                        FactPaths.FRAUD_DETAILS);
            } else {
                f.raise(p.outcome("level", CategoryOutcome.MATCH), reason);
            }
        }
        conductLevels(facts, p, f);
        return f.done("no fraud or misrepresentation recorded");
    }

    /**
     * Raises the configured level for each listed uncharged-conduct value she has; re-entry after removal counts
     * as {@code reentry_8usc1326}.
     */
    static void conductLevels(FactsDocument facts, Params p, Finding f) {
        List<Keyed<UnchargedConduct>> levels = p.keyedLevels("conduct_levels", UnchargedConduct.class);
        if (levels.isEmpty()) {
            return;
        }
        f.read(FactPaths.UNCHARGED);
        if (FactPaths.conduct(facts).unchargedConduct() == null) {
            f.unknown("uncharged conduct not known", FactPaths.UNCHARGED);
        }
        Boolean reentered = FactPaths.immigration(facts).reenteredAfterRemoval();
        for (Keyed<UnchargedConduct> e : levels) {
            UnchargedConduct value = e.key();
            boolean reentry = value == UnchargedConduct.reentry_8usc1326 && Boolean.TRUE.equals(reentered);
            if (FactPaths.hasConduct(facts, value) || reentry) {
                f.raise(e.level().level(), e.level().reason(), reentry ? FactPaths.REENTERED
                        : FactPaths.UNCHARGED);
            }
        }
    }

    /** {@code chargeable_conduct}: acts that may be charged — by manner of entry and by uncharged conduct. */
    static PredicateResult chargeableConduct(FactsDocument facts, Params p, LocalDate asOf) {
        Finding f = new Finding();
        Map<String, Level> manners = p.levels("entry_manners", EntryManner.class);
        if (!manners.isEmpty()) {
            EntryManner manner = FactPaths.immigration(facts).entryManner();
            f.read(FactPaths.ENTRY_MANNER);
            if (manner == null || manner == EntryManner.unknown) {
                f.unknown("manner of entry not known", FactPaths.ENTRY_MANNER);
            } else if (manners.containsKey(manner.name())) {
                Level level = manners.get(manner.name());
                f.raise(level.level(), level.reason(), FactPaths.ENTRY_MANNER);
            }
        }
        conductLevels(facts, p, f);
        return f.done(p.string("no_match_reason", "no chargeable conduct recorded"));
    }

    /**
     * {@code gang_participation}: a conviction with gang participation as an element, or (aged {@code min_age}+)
     * intentional participation; an admission needs review of intent, a database entry alone is never enough.
     */
    static PredicateResult gangParticipation(FactsDocument facts, Params p, LocalDate asOf) {
        int minAge = p.integer("min_age", 16);
        Conduct conduct = FactPaths.conduct(facts);
        Finding f = new Finding().read(FactPaths.GANG, FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            f.unknown("criminal history not known", FactPaths.CONVICTIONS);
        } else {
            convs.stream().filter(c -> c.hasTag(Tag.gang_element)).forEach(c -> FactPaths.qualify(f, c,
                    CategoryOutcome.MATCH, "gang participation is an element of the offense", c.path("tags")));
        }
        GangAllegation gang = conduct.gangAllegation();
        Integer age = conduct.ageAtGangActivity();
        if (gang == null) {
            f.unknown("gang allegation not known", FactPaths.GANG);
        } else if (gang == GangAllegation.conviction_element) {
            f.raise(CategoryOutcome.MATCH, "gang participation recorded as an element of a conviction", FactPaths.GANG);
        } else if (gang == GangAllegation.database_only) {
            f.review("listed in a gang database only: not by itself proof of intentional participation",
                    FactPaths.GANG);
        } else if (gang == GangAllegation.admitted && age == null) {
            f.missing(FactPaths.GANG_AGE).review("admitted gang involvement; her age at the time is not known"
                    + " (" + minAge + " or older counts)", FactPaths.GANG_AGE);
        } else if (gang == GangAllegation.admitted && age >= minAge) {
            f.raise(CategoryOutcome.LIKELY_MATCH, "admitted gang involvement at age " + age + "; whether she"
                    + " intentionally furthered its illegal activity needs review", FactPaths.GANG_AGE);
        } else if (gang == GangAllegation.admitted) {
            f.note("admitted gang involvement at age " + age + ", under " + minAge);
        }
        return f.done("no gang conviction or qualifying participation recorded");
    }

    /**
     * {@code officer_judgment}: inherently discretionary. Any risk indicator (gang allegation, terrorism flag, a
     * conviction or charge carrying a listed tag) yields NEEDS_REVIEW with the triggering facts; never a match.
     */
    static PredicateResult officerJudgment(FactsDocument facts, Params p, LocalDate asOf) {
        Conduct conduct = FactPaths.conduct(facts);
        Finding f = new Finding().read(FactPaths.GANG, FactPaths.TERRORISM);
        if (conduct.gangAllegation() == null) {
            f.unknown("gang allegation not known", FactPaths.GANG);
        } else if (conduct.gangAllegation() != GangAllegation.none) {
            f.review("risk indicator for an officer's judgment: gang allegation (" + conduct.gangAllegation() + ")",
                    FactPaths.GANG);
        }
        if (conduct.terrorismEspionageFlag() == null) {
            f.unknown("terrorism or espionage flag not known", FactPaths.TERRORISM);
        } else if (conduct.terrorismEspionageFlag()) {
            f.review("risk indicator for an officer's judgment: terrorism or espionage flag", FactPaths.TERRORISM);
        }
        String tagNames = p.enumNames("tags", Tag.class);
        PredicateResult tagged = CriminalPredicates.offenseTags(facts, p, asOf);
        if (tagged.result() != CategoryOutcome.NO_MATCH) {
            tagged.missing().forEach(f::missing);
            CategoryOutcome level = tagged.result() == CategoryOutcome.INSUFFICIENT_DATA
                    ? CategoryOutcome.INSUFFICIENT_DATA : CategoryOutcome.NEEDS_REVIEW;
            tagged.reasons().forEach(r -> f.raise(level, "risk indicator for an officer's judgment: " + r));
            f.read(tagged.facts().toArray(String[]::new));
        }
        return f.done("no public-safety or national-security indicator recorded (checked: gang, terrorism, "
                + tagNames + ")");
    }

    /**
     * {@code federal_offense_exposure}: a conviction under one of {@code statutes}, or listed conduct; notes that
     * trafficking or smuggling victims are not targets (screen for T status).
     */
    static PredicateResult federalOffenseExposure(FactsDocument facts, Params p, LocalDate asOf) {
        List<String> statutes = p.strings("statutes");
        Finding f = new Finding().read(FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            f.unknown("criminal history not known", FactPaths.CONVICTIONS);
        } else {
            for (Conv conv : convs) {
                String cite = conv.c().statuteCite();
                boolean stateOnly = conv.c().jurisdiction() == Jurisdiction.state;
                if (cite == null && !stateOnly) {
                    f.unknown(conv.label() + ": statute not known", conv.path("statute_cite"));
                } else if (cite != null && statutes.stream().anyMatch(cite::contains)) {
                    FactPaths.qualify(f, conv, CategoryOutcome.MATCH, "convicted under " + cite,
                            conv.path("statute_cite"));
                }
            }
        }
        conductLevels(facts, p, f);
        if (p.bool("trafficking_victim_note", false) && facts.t() != null && facts.t().traffickingType() != null) {
            f.note("trafficking and smuggling victims are not the targets of this priority: screen for T status");
        }
        return f.done("no conviction under " + String.join(", ", statutes) + " and no listed conduct");
    }

    /** {@code county_287g}: a court date in a county with a 287(g) agreement. */
    static PredicateResult county287g(FactsDocument facts, Params p, LocalDate asOf) {
        Finding f = new Finding().read(FactPaths.COURT_EVENTS);
        List<CourtEvent> events = facts.courtEvents();
        if (events == null) {
            return f.unknown("court dates not known", FactPaths.COURT_EVENTS).done("");
        }
        for (int i = 0; i < events.size(); i++) {
            CourtEvent e = events.get(i);
            String path = FactPaths.COURT_EVENTS + "[" + i + "].county_287g_models";
            if (e.county287gModels() == null) {
                f.unknown("court date " + (i + 1) + ": whether its county has a 287(g) agreement is not known", path);
            } else if (!e.county287gModels().isEmpty()) {
                f.raise(p.outcome("level", CategoryOutcome.MATCH), "court date " + e.date() + " in " + e.county()
                        + " county, which has a 287(g) agreement (" + e.county287gModels() + ")", path);
            }
        }
        return f.done("no court date in a county with a 287(g) agreement");
    }

    /** {@code victim_indicators}: U, T or VAWA facts are present (victim-based benefit indicators). */
    static PredicateResult victimIndicators(FactsDocument facts, Params p, LocalDate asOf) {
        Finding f = new Finding().read("$.u.crimes", "$.t.trafficking_type", "$.vawa.abuse_type");
        boolean u = facts.u() != null && facts.u().crimes() != null && !facts.u().crimes().isEmpty();
        boolean t = facts.t() != null && facts.t().traffickingType() != null;
        boolean vawa = facts.vawa() != null && facts.vawa().abuseType() != null && !facts.vawa().abuseType().isEmpty();
        if (u || t || vawa) {
            List<String> kinds = new ArrayList<>();
            if (u) {
                kinds.add("U");
            }
            if (t) {
                kinds.add("T");
            }
            if (vawa) {
                kinds.add("VAWA");
            }
            f.raise(p.outcome("level", CategoryOutcome.MATCH), p.string("reason", "victim-based facts")
                    + " (" + String.join(", ", kinds) + ")");
        } else if (facts.u() == null && facts.t() == null && facts.vawa() == null) {
            f.unknown("no U, T or VAWA facts recorded", "$.u").missing("$.t").missing("$.vawa");
        }
        return f.done("no victim-based benefit facts recorded");
    }

    /** {@code no_client_facts}: a rule about the framework itself; shown with its note, never matched. */
    static PredicateResult noClientFacts(FactsDocument facts, Params p, LocalDate asOf) {
        return new Finding().done(p.string("note", "this rule does not depend on the client's facts"));
    }
}
