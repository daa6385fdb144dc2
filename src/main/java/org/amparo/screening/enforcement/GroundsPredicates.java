package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.facts.Criminal.Classification;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.Criminal.Tristate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.enforcement.FactPaths.Conv;
import org.amparo.screening.enforcement.Params.Keyed;

/** Statutory criminal grounds (INA 212(a)(2), 237(a)(2)) and the Sessions-memo repeat-entry rule. */
final class GroundsPredicates {

    private GroundsPredicates() {
    }

    /**
     * {@code criminal_grounds}: convictions and conduct described by a criminal ground. Attorney determinations
     * (aggravated felony, CIMT) and listed tags raise the configured level; any other conviction needs review
     * (categorical approach). With {@code admitted_only}, the ground applies only to people who were admitted.
     */
    static PredicateResult criminalGrounds(FactsDocument facts, Params p, LocalDate asOf) {
        String ground = p.string("ground", "this ground");
        p.levels("tag_levels", Tag.class);
        List<Keyed<Tag>> tagLevels = p.keyedLevels("tag_levels", Tag.class);
        Set<Classification> ignored = CriminalPredicates.classifications(p, "ignore_classifications");
        Finding f = new Finding();
        List<Conv> convs = FactPaths.convictions(facts);
        f.read(FactPaths.CONVICTIONS);
        if (convs == null) {
            f.unknown("criminal history not known", FactPaths.CONVICTIONS);
        } else {
            convs.forEach(conv -> conviction(f, conv, p, ground, tagLevels, ignored));
            aggregateSentence(f, convs, p.integer("aggregate_sentence_days", 0));
        }
        ConductPredicates.conductLevels(facts, p, f);
        if (!p.bool("admitted_only", false)) {
            return f.done("no conviction or conduct described by " + ground);
        }
        return admittedGate(facts, f, ground);
    }

    private static void conviction(Finding f, Conv conv, Params p, String ground, List<Keyed<Tag>> tagLevels,
                                   Set<Classification> ignoredClassifications) {
        boolean hit = false;
        CategoryOutcome afLevel = p.outcome("aggravated_felony_level", null);
        if (afLevel != null && conv.c().aggravatedFelony() == Tristate.yes) {
            FactPaths.qualify(f, conv, afLevel, "aggravated felony (attorney-determined) under " + ground,
                    conv.path("aggravated_felony"));
            hit = true;
        }
        CategoryOutcome cimtLevel = p.outcome("cimt_level", null);
        if (cimtLevel != null && conv.c().cimt() == Tristate.yes) {
            FactPaths.qualify(f, conv, cimtLevel, "crime involving moral turpitude (attorney-determined) under "
                    + ground + p.string("cimt_note", ""), conv.path("cimt"));
            hit = true;
        }
        for (Keyed<Tag> e : tagLevels) {
            if (conv.hasTag(e.key())) {
                FactPaths.qualify(f, conv, e.level().level(), e.level().reason(), conv.path("tags"));
                hit = true;
            }
        }
        Classification cls = conv.c().classification();
        boolean ignored = cls != null && ignoredClassifications.contains(cls);
        if (!hit && !ignored) {
            f.review(conv.label() + ": whether it falls under " + ground + " needs an attorney's review"
                    + " (categorical approach)", conv.path("offense_label"), conv.path("statute_cite"));
        }
    }

    /** 212(a)(2)(B): two or more convictions with aggregate sentences of {@code minDays} or more. */
    private static void aggregateSentence(Finding f, List<Conv> convs, int minDays) {
        if (minDays <= 0) {
            return;
        }
        List<Conv> sentenced = new ArrayList<>();
        int sureCount = 0;
        int sureTotal = 0;
        int possibleTotal = 0;
        for (Conv c : convs) {
            if (!c.vacated() && c.c().sentenceImposedDays() != null) {
                sentenced.add(c);
                possibleTotal += c.c().sentenceImposedDays();
                if (Boolean.FALSE.equals(c.c().vacatedOrExpunged())) {
                    sureCount++;
                    sureTotal += c.c().sentenceImposedDays();
                }
            }
        }
        String what = "two or more convictions with aggregate sentences of ";
        if (sureCount >= 2 && sureTotal >= minDays) {
            f.raise(CategoryOutcome.MATCH, what + sureTotal + " days (" + minDays + " or more)",
                    FactPaths.CONVICTIONS);
        } else if (sentenced.size() >= 2 && possibleTotal >= minDays) {
            for (Conv c : sentenced) {
                f.missing(c.path("vacated_or_expunged"));
            }
            f.raise(CategoryOutcome.LIKELY_MATCH, what + possibleTotal + " days (" + minDays + " or more), if none"
                    + " was vacated or expunged", FactPaths.CONVICTIONS);
        }
    }

    /** Applies the "admitted people only" gate to an already-evaluated finding. */
    private static PredicateResult admittedGate(FactsDocument facts, Finding f, String ground) {
        Immigration imm = FactPaths.immigration(facts);
        f.read(FactPaths.ENTRY_MANNER, FactPaths.CURRENT_STATUS);
        boolean lpr = imm.currentStatus() == Immigration.CurrentStatus.LPR;
        Immigration.EntryManner manner = imm.entryManner();
        boolean admitted = lpr || manner == Immigration.EntryManner.admitted_visa
                || manner == Immigration.EntryManner.admitted_vwp;
        if (admitted || f.level() == CategoryOutcome.NO_MATCH) {
            return f.done("no conviction described by " + ground);
        }
        if (manner == null || manner == Immigration.EntryManner.unknown) {
            return f.cap(CategoryOutcome.INSUFFICIENT_DATA, ground + " applies only to people who were admitted;"
                    + " how she entered is not known", FactPaths.ENTRY_MANNER).done("");
        }
        return new Finding().read(FactPaths.ENTRY_MANNER, FactPaths.CURRENT_STATUS)
                .done(ground + " applies to people who were admitted; her entry was " + manner
                        + " (see the inadmissibility grounds instead)");
    }

    /**
     * {@code prior_entry_convictions}: felony 1325(a) charging is to be considered with {@code min_prior} prior
     * improper-entry convictions, or one with aggravating circumstances (felony record, gang, repeated voluntary
     * returns, "other indications" — the last always needs review).
     */
    static PredicateResult priorEntryConvictions(FactsDocument facts, Params p, LocalDate asOf) {
        int minPrior = p.integer("min_prior", 2);
        Finding f = new Finding().read(FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            return f.unknown("criminal history not known", FactPaths.CONVICTIONS).done("");
        }
        List<Conv> entry = improperEntryConvictions(convs, f);
        long sure = 0;
        long live = 0;
        for (Conv c : entry) {
            sure += Boolean.FALSE.equals(c.c().vacatedOrExpunged()) ? 1 : 0;
            live += c.vacated() ? 0 : 1;
        }
        String count = live + " prior improper-entry (8 U.S.C. 1325) conviction(s)";
        if (sure >= minPrior) {
            return f.raise(CategoryOutcome.MATCH, count, FactPaths.CONVICTIONS).done("");
        }
        if (live >= minPrior) {
            for (Conv c : entry) {
                f.missing(c.path("vacated_or_expunged"));
            }
            return f.raise(CategoryOutcome.LIKELY_MATCH, count + " (not known whether any was vacated)").done("");
        }
        if (live >= 1) {
            aggravating(facts, convs, p.integer("min_voluntary_returns", 2), f, count);
        }
        return f.done(count + "; felony charging is to be considered with " + minPrior + " or more");
    }

    /**
     * The 8 U.S.C. 1325 convictions; convictions whose tags are unknown are noted as unknown, and vacated ones as
     * needing review.
     */
    private static List<Conv> improperEntryConvictions(List<Conv> convs, Finding f) {
        List<Conv> entry = new ArrayList<>(2);
        for (Conv c : convs) {
            if (c.c().tags() == null) {
                f.unknown(c.label() + ": offense tags not known", c.path("tags"));
            } else if (c.hasTag(Tag.immigration_1325)) {
                entry.add(c);
            }
        }
        for (Conv c : entry) {
            if (c.vacated()) {
                f.review(c.label() + ": improper-entry conviction vacated or expunged; review whether it still"
                        + " counts", c.path("tags"));
            }
        }
        return entry;
    }

    private static void aggravating(FactsDocument facts, List<Conv> convs, int minReturns, Finding f, String count) {
        var conduct = FactPaths.conduct(facts);
        f.read(FactPaths.GANG, FactPaths.VOLUNTARY_RETURNS);
        boolean felony = convs.stream().anyMatch(c -> !c.vacated() && c.c().classification() == Classification.felony);
        boolean gang = conduct.gangAllegation() != null && Set.of("admitted", "conviction_element")
                .contains(conduct.gangAllegation().name());
        boolean returns = conduct.voluntaryReturns() != null && conduct.voluntaryReturns() >= minReturns;
        if (felony || gang || returns) {
            f.raise(CategoryOutcome.LIKELY_MATCH, count + " with aggravating circumstances:"
                    + (felony ? " felony record;" : "") + (gang ? " gang membership or affiliation;" : "")
                    + (returns ? " " + conduct.voluntaryReturns() + " prior voluntary returns;" : ""));
        } else {
            if (conduct.voluntaryReturns() == null) {
                f.missing(FactPaths.VOLUNTARY_RETURNS);
            }
            f.review(count + "; the memo also counts unlisted \"other indications\" as aggravating:"
                    + " this needs review");
        }
    }
}
