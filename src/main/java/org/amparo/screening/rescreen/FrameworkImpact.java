package org.amparo.screening.rescreen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amparo.screening.FrameworkOutcome;

/**
 * Who moved under one framework: every outcome transition with its cases, largest first. The framework id
 * {@link #IN_FORCE} stands for "the framework in force": each case's previous in-force outcome against its new one,
 * which is where a change of policy shows.
 */
public record FrameworkImpact(String framework, List<Transition> transitions) {

    /** The pseudo-framework comparing outcomes under whichever framework was in force at each screening. */
    public static final String IN_FORCE = "in_force";

    public FrameworkImpact {
        transitions = List.copyOf(transitions);
    }

    /** Cases that moved into each outcome (from any other outcome or from "not screened"). */
    public Map<FrameworkOutcome, List<CaseRef>> movedIn() {
        Map<FrameworkOutcome, List<CaseRef>> in = new EnumMap<>(FrameworkOutcome.class);
        for (Transition t : transitions) {
            in.computeIfAbsent(t.to(), k -> new ArrayList<>()).addAll(t.cases());
        }
        return in;
    }

    /** Cases that moved out of each outcome (cases new to the framework moved out of nothing and are not here). */
    public Map<FrameworkOutcome, List<CaseRef>> movedOut() {
        Map<FrameworkOutcome, List<CaseRef>> out = new EnumMap<>(FrameworkOutcome.class);
        for (Transition t : transitions) {
            if (t.from() != null) {
                out.computeIfAbsent(t.from(), k -> new ArrayList<>()).addAll(t.cases());
            }
        }
        return out;
    }

    public int casesMoved() {
        int n = 0;
        for (Transition t : transitions) {
            n += t.count();
        }
        return n;
    }
}
