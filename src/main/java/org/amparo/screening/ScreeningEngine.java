package org.amparo.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.amparo.deadlines.DeadlineCalculator;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.enforcement.EnforcementEngine;
import org.amparo.screening.relief.ReliefScreener;

/**
 * Turns one facts document into one {@code amparo-screening/1} document by calling the engines; pure orchestration
 * (no I/O, no clock: "today" is given). Thread-safe when the engines are.
 *
 * <ul>
 *   <li>{@code as_of} is the document's {@code as_of}, else {@code today}.</li>
 *   <li>{@code enforcement}: the frameworks asked for, in the order asked (all, oldest first, when none are
 *   asked).</li>
 *   <li>{@code relief}: always in the order u_visa, t_visa, vawa_self_petition, vawa_cancellation, asylum, sijs.</li>
 *   <li>{@code courthouse_risk}: court events and ICE check-ins dated on or after {@code as_of} (or undated), in
 *   document order, assessed by the {@link RiskAssessor} with the in-force framework's result (evaluated for this
 *   purpose even when the caller did not ask for that framework).</li>
 *   <li>{@code confidentiality}: see {@link #confidentiality}.</li>
 * </ul>
 */
public final class ScreeningEngine {

    /** The fixed order of {@code relief} in every screening document. */
    public static final List<Relief> RELIEF_ORDER = List.of(Relief.u_visa, Relief.t_visa, Relief.vawa_self_petition,
            Relief.vawa_cancellation, Relief.asylum, Relief.sijs);

    /** Relief whose applicants 8 U.S.C. 1367 protects (LEGAL-REFERENCE §5.1, {@code c1367.a2_nondisclosure}). */
    static final Set<Relief> PROTECTED_RELIEF = EnumSet.of(Relief.u_visa, Relief.t_visa, Relief.vawa_self_petition,
            Relief.vawa_cancellation);

    private static final Set<ReliefOutcome> NOT_PURSUED = EnumSet.of(ReliefOutcome.NOT_APPLICABLE,
            ReliefOutcome.NOT_ELIGIBLE);

    private final EnforcementEngine enforcement;
    private final List<ReliefScreener> screeners;
    private final DeadlineCalculator deadlines;
    private final String engineVersion;
    private final RiskAssessor risk;

    /** An engine without courthouse assessment ({@code courthouse_risk} always empty). */
    public ScreeningEngine(EnforcementEngine enforcement, List<ReliefScreener> screeners,
                           DeadlineCalculator deadlines, String engineVersion) {
        this(enforcement, screeners, deadlines, engineVersion, RiskAssessor.NONE);
    }

    /**
     * @param screeners at most one per relief, in any order
     * @throws IllegalArgumentException when two screeners screen the same relief
     */
    public ScreeningEngine(EnforcementEngine enforcement, List<ReliefScreener> screeners,
                           DeadlineCalculator deadlines, String engineVersion, RiskAssessor risk) {
        this.risk = Objects.requireNonNull(risk, "risk");
        this.enforcement = Objects.requireNonNull(enforcement, "enforcement");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.engineVersion = Objects.requireNonNull(engineVersion, "engineVersion");
        this.screeners = inReliefOrder(screeners);
    }

    /** Ids of every framework the enforcement engine knows, oldest first. */
    public List<String> frameworkIds() {
        return enforcement.frameworkIds();
    }

    /** The enforcement engine this engine calls (one instance for the app: the Guice module binds it too). */
    public EnforcementEngine enforcement() {
        return enforcement;
    }

    public String engineVersion() {
        return engineVersion;
    }

    /**
     * Screens one document.
     *
     * @param today      the evaluation date when the document has no {@code as_of}
     * @param frameworks framework ids to evaluate, in output order; empty for all
     * @throws IllegalArgumentException naming an unknown framework id and listing the valid ones
     */
    public ScreeningDocument screen(FactsDocument facts, LocalDate today, Collection<String> frameworks) {
        Outcomes outcomes = outcomes(facts, today, frameworks);
        LocalDate asOf = facts.asOfOr(today);
        return new ScreeningDocument(ScreeningDocument.SCHEMA_ID, facts.ref(), asOf, engineVersion,
                outcomes.enforcement(), outcomes.relief(), courthouseRisk(facts, asOf, outcomes.enforcement()),
                outcomes.deadlines(), confidentiality(facts, outcomes.relief()), ScreeningDocument.DISCLAIMER);
    }

    /** What a stored screening keeps of a document's screening: its enforcement, relief and deadline results. */
    public record Outcomes(List<FrameworkResult> enforcement, List<ReliefResult> relief, List<Deadline> deadlines) {
    }

    /**
     * The enforcement, relief and deadline results of a screening ({@link #screen} builds its document on them),
     * without assessing courthouse risk or confidentiality: a re-screen stores neither (the case view screens afresh),
     * and skipping them is an eighth of a re-screen's screening time.
     *
     * @throws IllegalArgumentException naming an unknown framework id and listing the valid ones
     */
    public Outcomes outcomes(FactsDocument facts, LocalDate today, Collection<String> frameworks) {
        checkFrameworks(frameworks);
        LocalDate asOf = facts.asOfOr(today);
        return new Outcomes(List.copyOf(enforcement.evaluate(facts, asOf, frameworks)), List.copyOf(relief(facts, asOf)),
                List.copyOf(deadlines.compute(facts, asOf)));
    }

    private List<ReliefResult> relief(FactsDocument facts, LocalDate asOf) {
        List<ReliefResult> relief = new ArrayList<>(screeners.size());
        for (ReliefScreener screener : screeners) {
            relief.add(screener.screen(facts, asOf));
        }
        return relief;
    }

    /** Throws when any id is not a known framework, naming it and listing the valid ids. */
    public void checkFrameworks(Collection<String> frameworks) {
        List<String> known = enforcement.frameworkIds();
        for (String id : frameworks) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown framework '" + id + "'; valid ids: "
                        + String.join(", ", known));
            }
        }
    }

    /**
     * 8 U.S.C. 1367 (LEGAL-REFERENCE §5.1).
     *
     * <p>{@code protected_1367}: {@code c1367.a2_nondisclosure} protects "any information relating to" the beneficiary
     * of a pending or approved U, T, VAWA self-petition or VAWA cancellation application, until denial and exhausted
     * appeals. Facts documents do not record denials, so the rule here is: protected when a U, T or VAWA
     * application has been filed ({@code u.filed_date}, {@code t.filed_date}, {@code vawa.filed_date}), when she
     * already holds U or T status ({@code immigration.current_status}), or when any U, T, VAWA self-petition or
     * VAWA cancellation screen is anything other than NOT_APPLICABLE or NOT_ELIGIBLE. The last limb is deliberately conservative: information
     * gathered for a likely filing will become protected once it is filed, and the {@code c1367.a1_prohibited_source}
     * bar protects victims of the abuser's or perpetrator's reports regardless of filing; treating such a client's file
     * as protected early costs nothing and avoids a disclosure that cannot be undone.
     *
     * <p>{@code abuser_only_facts}: the {@code facts_sources} paths whose only recorded source is an abuser,
     * perpetrator or trafficker ({@code c1367.a1_prohibited_source}), in document order.
     */
    static Confidentiality confidentiality(FactsDocument facts, List<ReliefResult> relief) {
        boolean pursued = false;
        for (ReliefResult r : relief) {
            pursued |= PROTECTED_RELIEF.contains(r.relief()) && !NOT_PURSUED.contains(r.outcome());
        }
        return new Confidentiality(pursued || filed(facts) || holdsProtectedStatus(facts.immigration()),
                abuserOnlyFacts(facts.factsSources()));
    }

    private static boolean filed(FactsDocument facts) {
        return (facts.u() != null && facts.u().filedDate() != null)
                || (facts.t() != null && facts.t().filedDate() != null)
                || (facts.vawa() != null && facts.vawa().filedDate() != null);
    }

    private static boolean holdsProtectedStatus(Immigration immigration) {
        return immigration != null && (immigration.currentStatus() == Immigration.CurrentStatus.U
                || immigration.currentStatus() == Immigration.CurrentStatus.T);
    }

    private static List<String> abuserOnlyFacts(Map<String, FactSource> sources) {
        if (sources == null) {
            return List.of();
        }
        Set<String> paths = new LinkedHashSet<>();
        sources.forEach((path, source) -> {
            if (source != null && source.isAdverseParty()) {
                paths.add(path);
            }
        });
        return List.copyOf(paths);
    }

    private static List<ReliefScreener> inReliefOrder(List<ReliefScreener> screeners) {
        Map<Relief, ReliefScreener> byRelief = new EnumMap<>(Relief.class);
        for (ReliefScreener s : screeners) {
            if (byRelief.put(s.relief(), s) != null) {
                throw new IllegalArgumentException("two screeners for " + s.relief());
            }
        }
        List<ReliefScreener> ordered = new ArrayList<>();
        for (Relief r : RELIEF_ORDER) {
            if (byRelief.containsKey(r)) {
                ordered.add(byRelief.get(r));
            }
        }
        return List.copyOf(ordered);
    }

    private List<CourthouseRisk> courthouseRisk(FactsDocument facts, LocalDate asOf, List<FrameworkResult> evaluated) {
        if (facts.courtEvents() == null && facts.iceCheckins() == null) {
            return List.of();
        }
        FrameworkResult inForce = enforcement.inForceOn(asOf)
                .map(id -> evaluated.stream().filter(r -> r.framework().equals(id)).findFirst()
                        .orElseGet(() -> enforcement.evaluate(facts, asOf, List.of(id)).get(0)))
                .orElse(null);
        List<CourthouseRisk> upcoming = new ArrayList<>();
        for (CourthouseRisk r : risk.assess(facts, asOf, inForce)) {
            if (r.date() == null || !r.date().isBefore(asOf)) {
                upcoming.add(r);
            }
        }
        return Collections.unmodifiableList(upcoming);
    }
}
