package org.amparo.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.amparo.deadlines.DeadlineCalculator;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.enforcement.EnforcementEngine;
import org.amparo.screening.relief.ReliefScreener;

/** Small hand-written engines for orchestration tests, and a screening document with every part filled in. */
final class ScreeningFakes {

    static final List<String> IDS = List.of("dhs2014_johnson", "eo13768_2017", "doj2017_sessions",
            "dhs2021_mayorkas", "eo14159_2025");

    private ScreeningFakes() {
    }

    /** Records what it was asked and returns one NOT_PRIORITY result per framework. */
    static final class Enforcement implements EnforcementEngine {
        final List<LocalDate> asOfSeen = new ArrayList<>();

        @Override
        public List<String> frameworkIds() {
            return IDS;
        }

        @Override
        public Optional<String> inForceOn(LocalDate date) {
            return Optional.of("eo14159_2025");
        }

        @Override
        public List<FrameworkResult> evaluate(FactsDocument facts, LocalDate asOf, Collection<String> ids) {
            asOfSeen.add(asOf);
            return (ids.isEmpty() ? IDS : List.copyOf(ids)).stream()
                    .map(id -> new FrameworkResult(id, false, FrameworkOutcome.NOT_PRIORITY, List.of(), null,
                            List.of()))
                    .toList();
        }
    }

    /** Returns a fixed outcome for one relief. */
    record Screener(Relief relief, ReliefOutcome outcome) implements ReliefScreener {
        @Override
        public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
            return new ReliefResult(relief, outcome, List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** One deadline 30 days after the evaluation date. */
    static final class Deadlines implements DeadlineCalculator {
        @Override
        public List<Deadline> compute(FactsDocument facts, LocalDate asOf) {
            return List.of(new Deadline("dl.demo", asOf.plusDays(30), Deadline.Status.due_within_30_days, "Demo",
                    null));
        }
    }

    static List<ReliefScreener> screeners(ReliefOutcome outcome) {
        return ScreeningEngine.RELIEF_ORDER.stream().map(r -> (ReliefScreener) new Screener(r, outcome)).toList();
    }

    static FactsDocument facts(String ref, LocalDate asOf) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, ref, asOf, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** A screening document in which every list and optional part is filled in. */
    static ScreeningDocument full() {
        var category = new FrameworkResult.CategoryResult("eo17.c_chargeable_acts", CategoryOutcome.LIKELY_MATCH,
                List.of("entered without inspection: 8 U.S.C. 1325(a)"), List.of("$.immigration.entry_manner"),
                "EO 13768 §5(c), 82 FR 8799");
        var quiet = new FrameworkResult.CategoryResult("eo17.a_convicted", CategoryOutcome.NO_MATCH,
                List.of("no convictions"), List.of("$.criminal.conviction_offenses"), "EO 13768 §5(a)");
        var mayorkas = new FrameworkResult("dhs2021_mayorkas", false, FrameworkOutcome.PUBLIC_SAFETY_ASSESSMENT,
                List.of(), new FrameworkResult.Assessment(List.of("recent conviction"), List.of("victim of crime"),
                FrameworkResult.Leaning.needs_review), List.of("$.criminal.pending_charges"));
        var eo17 = new FrameworkResult("eo13768_2017", false, FrameworkOutcome.LIKELY_PRIORITY,
                List.of(category, quiet), null, List.of("$.criminal.conviction_offenses"));
        var u = new ReliefResult(Relief.u_visa, ReliefOutcome.LIKELY_ELIGIBLE,
                List.of(new ReliefResult.ElementResult("u.el1_abuse", ReliefResult.ElementOutcome.MET,
                        "strong evidence of substantial abuse", "8 CFR 214.14(b)(1)")),
                List.of("212(a)(6)(A)(i)"), List.of(new ReliefResult.DerivativeResult("sis-1", "sibling",
                ReliefOutcome.LIKELY_ELIGIBLE, LocalDate.of(2025, 11, 19), "under 18 on filing")),
                List.of(ReliefResult.FLAG_ATTORNEY_REVIEW), List.of("$.u.certification.signed_date"));
        var risk = new CourthouseRisk("ce-1", LocalDate.of(2025, 10, 2), CourthouseRisk.Level.HIGH,
                List.of(new CourthouseRisk.Factor("risk.abuser_tip", CourthouseRisk.Direction.raises,
                        "the abuser knows the date")), List.of("Ask the court for a remote appearance"));
        var deadline = new Deadline("dl.i918b_6m", LocalDate.of(2026, 1, 19), Deadline.Status.upcoming,
                "Supplement B expires", null);
        return new ScreeningDocument(ScreeningDocument.SCHEMA_ID, "intake-2025-0142", LocalDate.of(2025, 9, 15),
                "1.4.0", List.of(eo17, mayorkas), List.of(u), List.of(risk), List.of(deadline),
                new Confidentiality(true, List.of("$.criminal.pending_charges[0]")), ScreeningDocument.DISCLAIMER);
    }
}
