package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.facts.Criminal.Classification;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.enforcement.FactPaths.Conv;

/** Johnson-memo misdemeanor predicates: several misdemeanors, and one "significant misdemeanor". */
final class MisdemeanorPredicates {

    private MisdemeanorPredicates() {
    }

    /**
     * {@code multiple_misdemeanors}: at least {@code min_count} misdemeanor convictions from as many separate
     * incidents. Offenses with immigration status as an element do not count; minor traffic offenses are their own
     * classification and never count. A count reached only with unknown facts is INSUFFICIENT_DATA.
     */
    static PredicateResult multipleMisdemeanors(FactsDocument facts, Params p, LocalDate asOf) {
        int min = p.integer("min_count", 3);
        Finding f = new Finding().read(FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            return f.unknown("criminal history not known", FactPaths.CONVICTIONS).done("");
        }
        Set<String> sure = new LinkedHashSet<>();
        Set<String> possible = new LinkedHashSet<>();
        boolean vacatedCounted = false;
        for (Conv conv : convs) {
            Classification cls = conv.c().classification();
            Boolean element = conv.c().immigrationStatusIsElement();
            if ((cls != null && cls != Classification.misdemeanor) || Boolean.TRUE.equals(element)) {
                continue;
            }
            String incident = conv.c().incidentId();
            possible.add(incident != null ? incident : "unknown incident of " + conv.label());
            boolean certain = cls != null && element != null && incident != null
                    && Boolean.FALSE.equals(conv.c().vacatedOrExpunged());
            if (certain) {
                sure.add(incident);
            } else {
                vacatedCounted |= conv.vacated();
                missingFor(f, conv, cls, element, incident);
            }
        }
        String counted = sure.size() + " misdemeanor conviction(s) from separate incidents established";
        if (sure.size() >= min) {
            return f.raise(CategoryOutcome.MATCH, counted + " (" + String.join(", ", sure) + "); "
                    + min + " are needed", FactPaths.CONVICTIONS).done("");
        }
        if (possible.size() >= min) {
            String why = counted + "; up to " + possible.size() + " possible once the unknown facts are known";
            return (vacatedCounted ? f.review(why + " (some are vacated or expunged: review their effect)")
                    : f.raise(CategoryOutcome.INSUFFICIENT_DATA, why)).done("");
        }
        return f.done(counted + "; " + min + " from separate incidents are needed");
    }

    private static void missingFor(Finding f, Conv conv, Classification cls, Boolean element, String incident) {
        if (cls == null) {
            f.missing(conv.path("classification"));
        }
        if (element == null) {
            f.missing(conv.path("immigration_status_is_element"));
        }
        if (incident == null) {
            f.missing(conv.path("incident_id"));
        }
        if (conv.c().vacatedOrExpunged() == null) {
            f.missing(conv.path("vacated_or_expunged"));
        }
    }

    /**
     * {@code significant_misdemeanor}: a misdemeanor carrying one of {@code tags}, or any misdemeanor with at least
     * {@code min_custody_days} actually to be served in custody (suspended sentences do not count).
     */
    static PredicateResult significantMisdemeanor(FactsDocument facts, Params p, LocalDate asOf) {
        Set<Tag> wanted = CriminalPredicates.tags(p, "tags");
        int minDays = p.integer("min_custody_days", 90);
        Finding f = new Finding().read(FactPaths.CONVICTIONS);
        List<Conv> convs = FactPaths.convictions(facts);
        if (convs == null) {
            return f.unknown("criminal history not known", FactPaths.CONVICTIONS).done("");
        }
        for (Conv conv : convs) {
            Classification cls = conv.c().classification();
            if (cls == null) {
                f.unknown(conv.label() + ": classification not known", conv.path("classification"));
            } else if (cls == Classification.misdemeanor) {
                significant(f, conv, wanted, minDays, p.bool("dv_victim_note", false));
            }
        }
        return f.done("no significant misdemeanor conviction");
    }

    private static void significant(Finding f, Conv conv, Set<Tag> wanted, int minDays, boolean dvNote) {
        List<Tag> tags = conv.c().tags();
        Set<Tag> hit = tags == null ? Set.of() : tags.stream().filter(wanted::contains).collect(Collectors.toSet());
        if (!hit.isEmpty()) {
            FactPaths.qualify(f, conv, CategoryOutcome.MATCH, "misdemeanor of a listed kind ("
                    + CriminalPredicates.names(hit) + ")", conv.path("tags"));
            if (dvNote && hit.contains(Tag.dv) && !Boolean.FALSE.equals(conv.c().connectedToAbuse())) {
                f.note("UNVERIFIED in the legal reference: the memo is recalled to tell officers to consider whether"
                        + " a person convicted of a DV offense was herself a DV victim (mitigating); "
                        + conv.label() + (Boolean.TRUE.equals(conv.c().connectedToAbuse())
                        ? " is recorded as connected to the abuse she suffered" : " may be connected to abuse"));
            }
            return;
        }
        Integer custody = conv.c().custodyDaysOrderedToServe();
        String custodyPath = conv.path("custody_days_ordered_to_serve");
        if (tags == null) {
            f.unknown(conv.label() + ": offense tags not known", conv.path("tags"));
        }
        if (custody == null) {
            f.unknown(conv.label() + ": days ordered to be served in custody not known", custodyPath);
        } else if (custody >= minDays) {
            String why = custody + " days ordered to be served in custody (" + minDays + " or more)";
            Boolean suspended = conv.c().sentenceSuspended();
            if (Boolean.TRUE.equals(suspended)) {
                f.note(conv.label() + ": sentence suspended, so its custody time does not count");
            } else if (suspended == null) {
                f.missing(conv.path("sentence_suspended"));
                FactPaths.qualify(f, conv, CategoryOutcome.LIKELY_MATCH, why + "; not known whether the sentence"
                        + " was suspended, which would exclude it", custodyPath);
            } else {
                FactPaths.qualify(f, conv, CategoryOutcome.MATCH, why, custodyPath);
            }
        }
    }
}
