package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.facts.Conduct.UnchargedConduct;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration.EntryManner;
import org.amparo.facts.Immigration;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.enforcement.Params.Level;

/** Predicates over entry, presence, status and removal orders. */
final class EntryPredicates {

    private EntryPredicates() {
    }

    /**
     * The optional {@code requires_entry_manner} gate: empty when the category may apply; otherwise the finished
     * result (NO_MATCH when her entry is not one listed, INSUFFICIENT_DATA when it is unknown).
     */
    static Optional<PredicateResult> entryGate(FactsDocument facts, Params p, Finding f) {
        List<String> required = p.strings("requires_entry_manner");
        if (required.isEmpty()) {
            return Optional.empty();
        }
        EntryManner manner = FactPaths.immigration(facts).entryManner();
        f.read(FactPaths.ENTRY_MANNER);
        if (manner == null || manner == EntryManner.unknown) {
            return Optional.of(f.unknown("applies only to people whose entry was " + String.join(" or ", required)
                    + "; how she entered is not known", FactPaths.ENTRY_MANNER).done(""));
        }
        if (!required.contains(manner.name())) {
            return Optional.of(f.done("applies only to people whose entry was " + String.join(" or ", required)
                    + "; hers was " + manner));
        }
        return Optional.empty();
    }

    /** {@code entry_manner}: the level configured for her manner of entry ({@code manners}). */
    static PredicateResult entryManner(FactsDocument facts, Params p, LocalDate asOf) {
        Map<String, Level> levels = p.levels("manners", EntryManner.class);
        EntryManner manner = FactPaths.immigration(facts).entryManner();
        Finding f = new Finding().read(FactPaths.ENTRY_MANNER);
        if (manner == null || manner == EntryManner.unknown) {
            return f.unknown("manner of entry not known", FactPaths.ENTRY_MANNER).done("");
        }
        Level level = levels.get(manner.name());
        if (level != null) {
            f.raise(level.level(), level.reason(), FactPaths.ENTRY_MANNER);
        }
        return f.done("her manner of entry (" + manner + ") is not described by this category");
    }

    /** {@code current_status}: the level configured for her current immigration status ({@code statuses}). */
    static PredicateResult currentStatus(FactsDocument facts, Params p, LocalDate asOf) {
        Map<String, Level> levels = p.levels("statuses", Immigration.CurrentStatus.class);
        Immigration.CurrentStatus status = FactPaths.immigration(facts).currentStatus();
        Finding f = new Finding().read(FactPaths.CURRENT_STATUS);
        if (status == null) {
            return f.unknown("current immigration status not known", FactPaths.CURRENT_STATUS).done("");
        }
        Level level = levels.get(status.name());
        if (level != null) {
            f.raise(level.level(), level.reason(), FactPaths.CURRENT_STATUS);
        }
        return f.done(p.string("not_listed_reason", "her current status (" + status + ") is not described"));
    }

    /** {@code unlawful_entry_after}: an unlawful entry (manners in {@code entry_manners}) strictly after {@code after}. */
    static PredicateResult unlawfulEntryAfter(FactsDocument facts, Params p, LocalDate asOf) {
        LocalDate after = p.date("after");
        Immigration imm = FactPaths.immigration(facts);
        Finding f = new Finding().read(FactPaths.ENTRY_MANNER);
        Optional<PredicateResult> gate = entryGate(facts, p, f);
        if (gate.isPresent()) {
            return gate.get();
        }
        LocalDate entered = imm.lastEntryDate();
        if (entered == null) {
            return f.unknown("date of her last entry not known", FactPaths.LAST_ENTRY).done("");
        }
        f.read(FactPaths.LAST_ENTRY);
        if (entered.isAfter(after)) {
            f.raise(CategoryOutcome.MATCH, "entered unlawfully on " + entered + ", after " + after,
                    FactPaths.LAST_ENTRY);
        }
        return f.done("entered on " + entered + ", not after " + after);
    }

    /**
     * {@code unlawful_entry_without_presence}: unlawful entry or re-entry and no continuous presence since
     * {@code presence_since} (presence beginning on that date or earlier is enough).
     */
    static PredicateResult unlawfulEntryWithoutPresence(FactsDocument facts, Params p, LocalDate asOf) {
        LocalDate since = p.date("presence_since");
        Immigration imm = FactPaths.immigration(facts);
        Finding f = new Finding().read(FactPaths.REENTERED);
        if (!Boolean.TRUE.equals(imm.reenteredAfterRemoval())) {
            Optional<PredicateResult> gate = entryGate(facts, p, f);
            if (gate.isPresent()) {
                return gate.get();
            }
        }
        LocalDate presence = imm.continuousPresenceSince();
        if (presence != null) {
            if (presence.isAfter(since)) {
                f.raise(CategoryOutcome.MATCH, "unlawful entry; continuous presence only since " + presence
                        + ", after " + since, FactPaths.PRESENCE_SINCE);
            }
            return f.read(FactPaths.PRESENCE_SINCE).done("continuously present since " + presence
                    + " (on or before " + since + ")");
        }
        f.missing(FactPaths.PRESENCE_SINCE);
        LocalDate entered = imm.lastEntryDate();
        if (entered != null && entered.isAfter(since)) {
            return f.raise(CategoryOutcome.LIKELY_MATCH, "unlawful entry; last entry " + entered + " is after "
                    + since + " and no continuous-presence date is recorded", FactPaths.LAST_ENTRY).done("");
        }
        return f.unknown("unlawful entry; whether she can show continuous presence since " + since
                + " is not known", FactPaths.PRESENCE_SINCE).done("");
    }

    /**
     * {@code border_apprehension}: apprehended at the border or a port of entry while trying to enter unlawfully.
     * The category describes the apprehension itself: one dated before {@code review_if_before} (the framework's
     * first day) needs review, and one of unknown date is only LIKELY_MATCH.
     */
    static PredicateResult borderApprehension(FactsDocument facts, Params p, LocalDate asOf) {
        Immigration imm = FactPaths.immigration(facts);
        Finding f = new Finding().read(FactPaths.APPREHENDED, FactPaths.ENTRY_MANNER);
        boolean released = imm.entryManner() == EntryManner.apprehended_at_border_released;
        if (!Boolean.TRUE.equals(imm.apprehendedAtBorderOrPoe()) && !released) {
            if (imm.apprehendedAtBorderOrPoe() == null) {
                f.unknown("not known whether she was apprehended at the border or a port of entry",
                        FactPaths.APPREHENDED);
            }
            return f.done("not apprehended at the border or a port of entry");
        }
        LocalDate date = imm.borderApprehensionDate() != null ? imm.borderApprehensionDate()
                : released ? imm.lastEntryDate() : null;
        String what = "apprehended at the border or a port of entry while trying to enter unlawfully";
        LocalDate reviewBefore = p.date("review_if_before");
        if (date == null) {
            return f.missing(FactPaths.APPREHENSION_DATE).raise(CategoryOutcome.LIKELY_MATCH, what
                    + "; the date is not known", FactPaths.APPREHENSION_DATE).done("");
        }
        if (reviewBefore != null && date.isBefore(reviewBefore)) {
            return f.review(what + " on " + date + ", before " + reviewBefore + ": whether an earlier apprehension"
                    + " followed by release still places her in this category needs review",
                    FactPaths.APPREHENSION_DATE).done("");
        }
        if (imm.borderApprehensionDate() == null) {
            return f.missing(FactPaths.APPREHENSION_DATE).raise(CategoryOutcome.LIKELY_MATCH, what + "; entry recorded"
                    + " on " + date + " (apprehension date not recorded)", FactPaths.LAST_ENTRY).done("");
        }
        return f.raise(CategoryOutcome.MATCH, what + " on " + date, FactPaths.APPREHENSION_DATE).done("");
    }

    /**
     * {@code final_order}: a final order of removal, optionally issued on or after {@code issued_on_or_after}, and
     * optionally only while she has not departed ({@code require_not_departed}).
     */
    static PredicateResult finalOrder(FactsDocument facts, Params p, LocalDate asOf) {
        Immigration imm = FactPaths.immigration(facts);
        Finding f = new Finding().read(FactPaths.FINAL_ORDER);
        if (imm.hasFinalRemovalOrder() == null) {
            return f.unknown("not known whether she has a final order of removal", FactPaths.FINAL_ORDER).done("");
        }
        if (!imm.hasFinalRemovalOrder()) {
            return f.done("no final order of removal");
        }
        LocalDate cutoff = p.date("issued_on_or_after");
        LocalDate date = imm.finalOrderDate();
        String what = "final order of removal" + (date != null ? " dated " + date : "")
                + (imm.finalOrderType() != null ? " (" + imm.finalOrderType() + ")" : "");
        if (cutoff != null) {
            if (date == null) {
                return f.unknown(what + "; its date is not known (" + cutoff + " or later counts)",
                        FactPaths.FINAL_ORDER_DATE).done("");
            }
            if (date.isBefore(cutoff)) {
                return f.read(FactPaths.FINAL_ORDER_DATE).done(what + ", issued before " + cutoff);
            }
        }
        if (p.bool("require_not_departed", false)) {
            f.read(FactPaths.DEPARTED);
            if (imm.departedAfterOrder() == null) {
                return f.unknown(what + "; not known whether she departed after it", FactPaths.DEPARTED).done("");
            }
            if (imm.departedAfterOrder()) {
                return f.done(what + ", but she departed after it"
                        + (Boolean.TRUE.equals(imm.reenteredAfterRemoval()) ? " (she re-entered: review reinstatement)"
                        : ""));
            }
            what += ", not departed";
        }
        return f.raise(p.outcome("level", CategoryOutcome.MATCH), what, FactPaths.FINAL_ORDER_DATE).done("");
    }

    /** {@code reentry_after_removal}: re-entered after a removal (8 U.S.C. 1326 exposure). */
    static PredicateResult reentryAfterRemoval(FactsDocument facts, Params p, LocalDate asOf) {
        Immigration imm = FactPaths.immigration(facts);
        Finding f = new Finding().read(FactPaths.REENTERED, FactPaths.PRIOR_REMOVALS, FactPaths.UNCHARGED);
        boolean conduct = FactPaths.hasConduct(facts, UnchargedConduct.reentry_8usc1326);
        if (Boolean.TRUE.equals(imm.reenteredAfterRemoval()) || conduct) {
            f.raise(CategoryOutcome.MATCH, "re-entered after a removal (8 U.S.C. 1326)", FactPaths.REENTERED);
            if (p.has("note")) {
                f.note(p.string("note", ""));
            }
        } else if (imm.reenteredAfterRemoval() == null
                && (imm.priorRemovals() == null || !imm.priorRemovals().isEmpty())) {
            f.unknown("not known whether she re-entered after a removal", FactPaths.REENTERED);
        }
        return f.done("no re-entry after removal");
    }

    /** {@code expedited_removal_exposure}: not admitted and present less than {@code max_presence_years}. */
    static PredicateResult expeditedRemovalExposure(FactsDocument facts, Params p, LocalDate asOf) {
        Finding f = new Finding();
        Optional<PredicateResult> gate = entryGate(facts, p, f);
        if (gate.isPresent()) {
            return gate.get();
        }
        Immigration imm = FactPaths.immigration(facts);
        int years = p.integer("max_presence_years", 2);
        LocalDate since = imm.continuousPresenceSince() != null ? imm.continuousPresenceSince() : imm.lastEntryDate();
        String path = imm.continuousPresenceSince() != null ? FactPaths.PRESENCE_SINCE : FactPaths.LAST_ENTRY;
        if (since == null) {
            return f.unknown("how long she has been present is not known", FactPaths.PRESENCE_SINCE).done("");
        }
        f.read(path);
        if (asOf.isBefore(since.plusYears(years))) {
            f.raise(p.outcome("level", CategoryOutcome.LIKELY_MATCH), "present since " + since + ": less than "
                    + years + " years on " + asOf, path);
        }
        return f.done("present since " + since + ": " + years + " years or more on " + asOf
                + " (she must be able to prove it)");
    }
}
