package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.facts.Criminal.Classification;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.Criminal.Tristate;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.enforcement.FactPaths.Charge;
import org.amparo.screening.enforcement.FactPaths.Conv;

/** Predicates over convictions and pending charges. */
final class CriminalPredicates {

    private CriminalPredicates() {
    }

    static Set<Classification> classifications(Params p, String name) {
        return p.enums(name, Classification.class);
    }

    static Set<Tag> tags(Params p, String name) {
        return p.enums(name, Tag.class);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String param) {
        return Params.enumValue(type, value, param);
    }

    /** {@code conviction_classification}: a conviction whose classification is one of {@code classifications}. */
    static PredicateResult convictionClassification(FactsDocument facts, Params p, LocalDate asOf) {
        Set<Classification> wanted = classifications(p, "classifications");
        boolean excludeStatusElement = p.bool("exclude_immigration_status_element", false);
        Finding f = new Finding().read(FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            return f.unknown("criminal history not known", FactPaths.CONVICTIONS).done("");
        }
        for (Conv conv : convs) {
            Classification cls = conv.c().classification();
            if (cls == null) {
                f.unknown(conv.label() + ": classification not known", conv.path("classification"));
                continue;
            }
            if (!wanted.contains(cls)) {
                continue;
            }
            String why = "classified as " + cls + " by the convicting jurisdiction";
            Boolean statusElement = conv.c().immigrationStatusIsElement();
            if (excludeStatusElement && Boolean.TRUE.equals(statusElement)) {
                f.note(conv.label() + " not counted: immigration status is an essential element of the offense");
            } else if (excludeStatusElement && statusElement == null) {
                f.missing(conv.path("immigration_status_is_element"));
                FactPaths.qualify(f, conv, CategoryOutcome.LIKELY_MATCH, why + " (not known whether immigration"
                        + " status is an element, which would exclude it)", conv.path("classification"));
            } else {
                FactPaths.qualify(f, conv, CategoryOutcome.MATCH, why, conv.path("classification"));
            }
        }
        return f.done("no conviction classified as " + p.enumNames("classifications", Classification.class));
    }

    /** {@code conviction_determination}: attorney-determined {@code aggravated_felony} or {@code cimt}. */
    static PredicateResult convictionDetermination(FactsDocument facts, Params p, LocalDate asOf) {
        String field = p.string("field", "aggravated_felony");
        String label = p.string("label", field);
        Set<Classification> ignored = classifications(p, "ignore_classifications");
        Finding f = new Finding().read(FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            return f.unknown("criminal history not known", FactPaths.CONVICTIONS).done("");
        }
        for (Conv conv : convs) {
            Tristate answer = "cimt".equals(field) ? conv.c().cimt() : conv.c().aggravatedFelony();
            String path = conv.path(field);
            boolean minor = conv.c().classification() != null && ignored.contains(conv.c().classification());
            if (answer == Tristate.yes) {
                FactPaths.qualify(f, conv, CategoryOutcome.MATCH, "an attorney determined it is " + label, path);
            } else if ((answer == null || answer == Tristate.unknown) && !minor) {
                f.missing(path).review(conv.label() + ": whether it is " + label
                        + " is not yet determined; this needs an attorney's judgment", path);
            }
        }
        return f.done("no conviction determined to be " + label);
    }

    /** {@code offense_tags}: a conviction (and optionally a pending charge) carrying one of {@code tags}. */
    static PredicateResult offenseTags(FactsDocument facts, Params p, LocalDate asOf) {
        Set<Tag> wanted = tags(p, "tags");
        Finding f = new Finding();
        Optional<PredicateResult> gate = EntryPredicates.entryGate(facts, p, f);
        if (gate.isPresent()) {
            return gate.get();
        }
        List<Conv> convs = FactPaths.convictions(facts);
        f.read(FactPaths.CONVICTIONS);
        if (convs == null) {
            f.unknown("criminal history not known", FactPaths.CONVICTIONS);
        } else {
            CategoryOutcome level = p.outcome("conviction_level", CategoryOutcome.MATCH);
            for (Conv conv : convs) {
                if (conv.c().tags() == null) {
                    f.unknown(conv.label() + ": offense tags not known", conv.path("tags"));
                    continue;
                }
                Set<Tag> hit = hits(conv.c().tags(), wanted);
                if (!hit.isEmpty()) {
                    FactPaths.qualify(f, conv, level, "offense tagged " + names(hit), conv.path("tags"));
                }
            }
        }
        if (p.bool("include_pending", false)) {
            pendingWithTags(facts, wanted, p.outcome("pending_level", CategoryOutcome.MATCH), f);
        }
        return f.done("no conviction" + (p.bool("include_pending", false) ? " or pending charge" : "")
                + " tagged " + p.enumNames("tags", Tag.class));
    }

    /** {@code pending_charge}: an unresolved criminal charge (any, or one carrying {@code tags}). */
    static PredicateResult pendingCharge(FactsDocument facts, Params p, LocalDate asOf) {
        Set<Tag> wanted = tags(p, "tags");
        Finding f = new Finding();
        pendingWithTags(facts, wanted, p.outcome("level", CategoryOutcome.MATCH), f);
        return f.done(wanted.isEmpty() ? "no pending criminal charge" : "no pending charge tagged "
                + p.enumNames("tags", Tag.class));
    }

    private static void pendingWithTags(FactsDocument facts, Set<Tag> wanted, CategoryOutcome level, Finding f) {
        List<Charge> charges = FactPaths.pendingCharges(facts);
        f.read(FactPaths.PENDING);
        if (charges == null) {
            f.unknown("pending charges not known", FactPaths.PENDING);
            return;
        }
        for (Charge charge : charges) {
            if (wanted.isEmpty()) {
                f.raise(level, charge.label() + ": charged and not yet resolved", charge.path("offense_label"));
            } else if (charge.c().tags() == null) {
                f.unknown(charge.label() + ": offense tags not known", charge.path("tags"));
            } else if (!hits(charge.c().tags(), wanted).isEmpty()) {
                Set<Tag> hit = hits(charge.c().tags(), wanted);
                f.raise(level, charge.label() + ": charged with an offense tagged " + names(hit)
                        + ", not yet resolved", charge.path("tags"));
            }
        }
    }

    /** The tags in {@code tags} that are also {@code wanted}. */
    static Set<Tag> hits(List<Tag> tags, Set<Tag> wanted) {
        Set<Tag> hit = EnumSet.noneOf(Tag.class);
        for (Tag tag : tags) {
            if (wanted.contains(tag)) {
                hit.add(tag);
            }
        }
        return hit;
    }

    static String names(Set<? extends Enum<?>> values) {
        return Params.sortedNames(values);
    }
}
