package org.amparo.screening.enforcement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkResult.Assessment;

/**
 * Accumulates a predicate's evidence: each hit raises the result to at least its level; the strongest level wins
 * (MATCH, LIKELY_MATCH, NEEDS_REVIEW, INSUFFICIENT_DATA, NO_MATCH in that order).
 */
final class Finding {

    private record Reason(CategoryOutcome level, String text) { }

    private final List<Reason> reasons = new ArrayList<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private CategoryOutcome level = CategoryOutcome.NO_MATCH;
    private Assessment assessment;

    /** Strength order used to combine results: higher wins. */
    static int rank(CategoryOutcome outcome) {
        return switch (outcome) {
            case MATCH -> 4;
            case LIKELY_MATCH -> 3;
            case NEEDS_REVIEW -> 2;
            case INSUFFICIENT_DATA -> 1;
            case NO_MATCH -> 0;
        };
    }

    Finding read(String... paths) {
        read.addAll(List.of(paths));
        return this;
    }

    /** Records a hit at {@code outcome} with its reason; the paths are the facts it rests on. */
    Finding raise(CategoryOutcome outcome, String reason, String... paths) {
        read(paths);
        reasons.add(new Reason(outcome, reason));
        if (rank(outcome) > rank(level)) {
            level = outcome;
        }
        return this;
    }

    /** An unknown fact that would settle the category. */
    Finding unknown(String reason, String path) {
        missing.add(path);
        return raise(CategoryOutcome.INSUFFICIENT_DATA, reason, path);
    }

    /** A fact an attorney must judge; {@code path} is also listed as missing when its answer is unknown. */
    Finding review(String reason, String... paths) {
        return raise(CategoryOutcome.NEEDS_REVIEW, reason, paths);
    }

    Finding missing(String path) {
        missing.add(path);
        return this;
    }

    /** A reason shown whatever the result (e.g. a caveat from the reference). */
    Finding note(String reason) {
        reasons.add(new Reason(CategoryOutcome.NO_MATCH, reason));
        return this;
    }

    Finding assessment(Assessment value) {
        this.assessment = value;
        return this;
    }

    /**
     * Caps the result at {@code max} because a fact that gates the whole category is unknown; the gating reason is
     * shown first and {@code path} is listed as missing.
     */
    Finding cap(CategoryOutcome max, String reason, String path) {
        read(path);
        missing.add(path);
        reasons.add(0, new Reason(CategoryOutcome.MATCH, reason));
        if (rank(level) > rank(max)) {
            level = max;
        }
        return this;
    }

    CategoryOutcome level() {
        return level;
    }

    /** The result; {@code noMatchReason} opens the reasons when nothing was hit. */
    PredicateResult done(String noMatchReason) {
        List<String> texts = new ArrayList<>();
        if (level == CategoryOutcome.NO_MATCH) {
            texts.add(noMatchReason);
        }
        reasons.stream()
                .sorted(Comparator.comparingInt((Reason r) -> -rank(r.level())))
                .forEach(r -> texts.add(r.text()));
        return new PredicateResult(level, texts, List.copyOf(read), List.copyOf(missing), assessment);
    }
}
