package org.amparo.screening.rescreen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amparo.cases.CaseScreening;
import org.amparo.screening.FrameworkOutcome;

/** Counts, case by case, who moved under each framework and under the framework in force. Not thread-safe. */
final class ImpactTally {

    private record Key(FrameworkOutcome from, FrameworkOutcome to) { }

    private final List<String> frameworks;
    private final Map<String, Map<Key, List<CaseRef>>> moves = new LinkedHashMap<>();

    /** @param frameworks the run's frameworks, in report order */
    ImpactTally(List<String> frameworks) {
        this.frameworks = List.copyOf(frameworks);
        moves.put(FrameworkImpact.IN_FORCE, new LinkedHashMap<>());
        for (String f : frameworks) {
            moves.put(f, new LinkedHashMap<>());
        }
    }

    /** Compares one case's new screening with its previous one (null if it was never screened). */
    void add(CaseRef ref, CaseScreening previous, CaseScreening now) {
        for (String f : frameworks) {
            FrameworkOutcome from = previous == null ? null : previous.frameworks().get(f);
            note(f, ref, from, now.frameworks().get(f));
        }
        note(FrameworkImpact.IN_FORCE, ref, inForceOutcome(previous), inForceOutcome(now));
    }

    private static FrameworkOutcome inForceOutcome(CaseScreening s) {
        return s == null || s.inForceFramework() == null ? null : s.frameworks().get(s.inForceFramework());
    }

    private void note(String framework, CaseRef ref, FrameworkOutcome from, FrameworkOutcome to) {
        if (to == null || Objects.equals(from, to)) {
            return;
        }
        moves.get(framework).computeIfAbsent(new Key(from, to), k -> new ArrayList<>()).add(ref);
    }

    /** In-force first, then the run's frameworks; transitions largest first, then by outcome order. */
    List<FrameworkImpact> result() {
        List<FrameworkImpact> out = new ArrayList<>(moves.size());
        Comparator<Transition> order = Comparator.comparingInt(Transition::count).reversed()
                .thenComparing(t -> t.from() == null ? -1 : t.from().ordinal())
                .thenComparing(t -> t.to().ordinal());
        moves.forEach((framework, byKey) -> {
            List<Transition> transitions = new ArrayList<>(byKey.size());
            byKey.forEach((key, cases) -> transitions.add(new Transition(key.from(), key.to(), cases)));
            transitions.sort(order);
            out.add(new FrameworkImpact(framework, transitions));
        });
        return out;
    }
}
