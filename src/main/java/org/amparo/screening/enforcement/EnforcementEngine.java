package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.FrameworkResult;

/** Evaluates enforcement-priority frameworks (versioned data under {@code resources/frameworks/}). Pure. */
public interface EnforcementEngine {

    /** Ids of every framework known, oldest first. */
    List<String> frameworkIds();

    /** The framework in force on {@code date}, if any. */
    Optional<String> inForceOn(LocalDate date);

    /**
     * Evaluates the given frameworks (all when {@code frameworkIds} is empty) in the order asked.
     *
     * @throws IllegalArgumentException naming an unknown framework id
     */
    List<FrameworkResult> evaluate(FactsDocument facts, LocalDate asOf, Collection<String> frameworkIds);
}
