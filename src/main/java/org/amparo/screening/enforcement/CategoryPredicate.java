package org.amparo.screening.enforcement;

import java.time.LocalDate;
import org.amparo.facts.FactsDocument;

/**
 * A named, parameterised test of one enforcement category over a facts document. Implementations are pure and
 * three-valued: an unknown fact yields {@code INSUFFICIENT_DATA} or {@code NEEDS_REVIEW}, never a match.
 */
@FunctionalInterface
public interface CategoryPredicate {

    /** Evaluates the category for {@code facts} on {@code asOf}, with the parameters from the framework file. */
    PredicateResult evaluate(FactsDocument facts, Params params, LocalDate asOf);
}
