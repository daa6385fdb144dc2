package org.amparo.screening.enforcement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps predicate names (as written in framework files) to implementations. A framework made only of registered
 * predicates needs no Java change.
 */
public final class PredicateRegistry {

    private final Map<String, CategoryPredicate> predicates;

    private PredicateRegistry(Map<String, CategoryPredicate> predicates) {
        this.predicates = Collections.unmodifiableMap(new LinkedHashMap<>(predicates));
    }

    /** The built-in predicates. */
    public static PredicateRegistry standard() {
        Map<String, CategoryPredicate> m = new LinkedHashMap<>();
        m.put("conviction_classification", CriminalPredicates::convictionClassification);
        m.put("conviction_determination", CriminalPredicates::convictionDetermination);
        m.put("offense_tags", CriminalPredicates::offenseTags);
        m.put("pending_charge", CriminalPredicates::pendingCharge);
        m.put("multiple_misdemeanors", MisdemeanorPredicates::multipleMisdemeanors);
        m.put("significant_misdemeanor", MisdemeanorPredicates::significantMisdemeanor);
        m.put("criminal_grounds", GroundsPredicates::criminalGrounds);
        m.put("prior_entry_convictions", GroundsPredicates::priorEntryConvictions);
        m.put("entry_manner", EntryPredicates::entryManner);
        m.put("current_status", EntryPredicates::currentStatus);
        m.put("unlawful_entry_after", EntryPredicates::unlawfulEntryAfter);
        m.put("unlawful_entry_without_presence", EntryPredicates::unlawfulEntryWithoutPresence);
        m.put("border_apprehension", EntryPredicates::borderApprehension);
        m.put("final_order", EntryPredicates::finalOrder);
        m.put("reentry_after_removal", EntryPredicates::reentryAfterRemoval);
        m.put("expedited_removal_exposure", EntryPredicates::expeditedRemovalExposure);
        m.put("terrorism_espionage", ConductPredicates::terrorismEspionage);
        m.put("visa_program_abuse", ConductPredicates::visaProgramAbuse);
        m.put("public_benefits_abuse", ConductPredicates::publicBenefitsAbuse);
        m.put("fraud_misrepresentation", ConductPredicates::fraudMisrepresentation);
        m.put("chargeable_conduct", ConductPredicates::chargeableConduct);
        m.put("gang_participation", ConductPredicates::gangParticipation);
        m.put("officer_judgment", ConductPredicates::officerJudgment);
        m.put("federal_offense_exposure", ConductPredicates::federalOffenseExposure);
        m.put("county_287g", ConductPredicates::county287g);
        m.put("victim_indicators", ConductPredicates::victimIndicators);
        m.put("no_client_facts", ConductPredicates::noClientFacts);
        m.put("public_safety_assessment", PublicSafetyAssessment::evaluate);
        return new PredicateRegistry(m);
    }

    /** A copy with {@code name} added or replaced. */
    public PredicateRegistry with(String name, CategoryPredicate predicate) {
        Map<String, CategoryPredicate> m = new LinkedHashMap<>(predicates);
        m.put(name, predicate);
        return new PredicateRegistry(m);
    }

    public Optional<CategoryPredicate> find(String name) {
        return Optional.ofNullable(predicates.get(name));
    }

    public Set<String> names() {
        return predicates.keySet();
    }
}
