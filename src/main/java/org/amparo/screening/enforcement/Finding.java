package org.amparo.screening.enforcement;

import java.util.ArrayList;
import java.util.List;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkResult.Assessment;

/**
 * Accumulates a predicate's evidence: each hit raises the result to at least its level; the strongest level wins
 * (MATCH, LIKELY_MATCH, NEEDS_REVIEW, INSUFFICIENT_DATA, NO_MATCH in that order).
 */
final class Finding {

    private record Reason(int rank, String text) {

        Reason(CategoryOutcome level, String text) {
            this(Finding.rank(level), text);
        }
    }

    private final List<Reason> reasons = new ArrayList<>();
    /** Insertion-ordered and free of duplicates; lists stay short, so a linear check beats hashing. */
    private final List<String> read = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
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
        for (String path : paths) {
            addOnce(read, path);
        }
        return this;
    }

    Finding read(String path) {
        addOnce(read, path);
        return this;
    }

    private static void addOnce(List<String> list, String value) {
        if (value == null) {
            throw new NullPointerException("fact path");
        }
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Records a hit at {@code outcome} with its reason; the paths are the facts it rests on. */
    Finding raise(CategoryOutcome outcome, String reason, String... paths) {
        read(paths);
        return raise(outcome, reason);
    }

    /** {@link #raise(CategoryOutcome, String, String...)} resting on one fact. */
    Finding raise(CategoryOutcome outcome, String reason, String path) {
        read(path);
        return raise(outcome, reason);
    }

    private Finding raise(CategoryOutcome outcome, String reason) {
        reasons.add(new Reason(outcome, reason));
        if (rank(outcome) > rank(level)) {
            level = outcome;
        }
        return this;
    }

    /** An unknown fact that would settle the category. */
    Finding unknown(String reason, String path) {
        addOnce(missing, path);
        return raise(CategoryOutcome.INSUFFICIENT_DATA, reason, path);
    }

    /** A fact an attorney must judge; {@code path} is also listed as missing when its answer is unknown. */
    Finding review(String reason, String... paths) {
        return raise(CategoryOutcome.NEEDS_REVIEW, reason, paths);
    }

    Finding missing(String path) {
        addOnce(missing, path);
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
        addOnce(missing, path);
        reasons.add(0, new Reason(CategoryOutcome.MATCH, reason));
        if (rank(level) > rank(max)) {
            level = max;
        }
        return this;
    }

    CategoryOutcome level() {
        return level;
    }

    /** True when the reasons are already in the order {@link #done} shows them (strongest first, stable). */
    private boolean strongestFirst() {
        for (int i = 1; i < reasons.size(); i++) {
            if (reasons.get(i).rank() > reasons.get(i - 1).rank()) {
                return false;
            }
        }
        return true;
    }

    /** The result; {@code noMatchReason} opens the reasons when nothing was hit. */
    PredicateResult done(String noMatchReason) {
        boolean opener = level == CategoryOutcome.NO_MATCH;
        String[] texts = new String[reasons.size() + (opener ? 1 : 0)];
        int n = 0;
        if (opener) {
            texts[n++] = noMatchReason;
        }
        if (strongestFirst()) {
            for (Reason r : reasons) {
                texts[n++] = r.text();
            }
        } else {
            for (int rank = rank(CategoryOutcome.MATCH); rank >= 0; rank--) {
                for (Reason r : reasons) {
                    if (r.rank() == rank) {
                        texts[n++] = r.text();
                    }
                }
            }
        }
        return new PredicateResult(level, List.of(texts), immutable(read), immutable(missing), assessment);
    }

    /** An immutable copy; short lists (the usual case) are copied without an intermediate array. */
    private static List<String> immutable(List<String> list) {
        return switch (list.size()) {
            case 0 -> List.of();
            case 1 -> List.of(list.get(0));
            case 2 -> List.of(list.get(0), list.get(1));
            default -> List.copyOf(list);
        };
    }
}
