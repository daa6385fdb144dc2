package org.amparo.screening.rescreen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.CaseScreening;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ScreeningEngine;

/** Screens one case's facts as of the run's date and keeps what is stored: outcomes and the next deadline. */
final class CaseScreener {

    private final ScreeningEngine engine;
    private final LocalDate asOf;
    private final List<String> frameworks;
    private final String inForce;
    private final Instant screenedAt;

    CaseScreener(ScreeningEngine engine, LocalDate asOf, List<String> frameworks, String inForce, Instant screenedAt) {
        this.engine = engine;
        this.asOf = asOf;
        this.frameworks = List.copyOf(frameworks);
        this.inForce = inForce;
        this.screenedAt = screenedAt;
    }

    CaseScreening screen(long caseId, long runId, FactsDocument facts) {
        ScreeningEngine.Outcomes doc = engine.outcomes(atRunDate(facts), asOf, frameworks);
        Map<String, FrameworkOutcome> outcomes = new HashMap<>();
        for (FrameworkResult r : doc.enforcement()) {
            outcomes.put(r.framework(), r.outcome());
        }
        Map<Relief, ReliefOutcome> relief = new EnumMap<>(Relief.class);
        for (ReliefResult r : doc.relief()) {
            relief.put(r.relief(), r.outcome());
        }
        Deadline next = nextDeadline(doc.deadlines());
        return new CaseScreening(caseId, runId, screenedAt, asOf, outcomes, relief, inForce,
                next == null ? null : next.date(), next == null ? null : next.label());
    }

    /** The earliest deadline on or after the run's date that is not met or passed. */
    private Deadline nextDeadline(List<Deadline> deadlines) {
        Deadline next = null;
        for (Deadline d : deadlines) {
            boolean open = d.date() != null && !d.date().isBefore(asOf) && d.status() != Deadline.Status.met
                    && d.status() != Deadline.Status.passed;
            if (open && (next == null || d.date().isBefore(next.date()))) {
                next = d;
            }
        }
        return next;
    }

    /** Stored facts carry no {@code as_of}; any that does is screened as of the run's date all the same. */
    private FactsDocument atRunDate(FactsDocument f) {
        if (asOf.equals(f.asOf()) || f.asOf() == null) {
            return f;
        }
        return new FactsDocument(f.schema(), f.ref(), asOf, f.person(), f.immigration(), f.criminal(), f.conduct(),
                f.u(), f.t(), f.vawa(), f.familyMembers(), f.courtEvents(), f.iceCheckins(), f.asylum(), f.sijs(),
                f.factsSources(), f.extensions());
    }
}
