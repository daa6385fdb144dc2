package org.amparo.screening.rescreen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.screening.FrameworkOutcome;

/**
 * The JSON report of {@code amparo rescreen}: the run, the cases screened, and per framework (with
 * {@link FrameworkImpact#IN_FORCE} first) how many moved into and out of each outcome, with their case numbers.
 */
public record RescreenReport(long runId, LocalDate asOf, String trigger, List<String> frameworks,
                             int casesScreened, List<Impact> impact) {

    /** One framework's moves; {@code from} null in a transition means "not screened under it before". */
    public record Impact(String framework, Map<FrameworkOutcome, Moved> movedIn, Map<FrameworkOutcome, Moved> movedOut,
                         List<Move> transitions) { }

    /** How many cases, and which. */
    public record Moved(int count, List<String> cases) { }

    /** One transition. */
    public record Move(FrameworkOutcome from, FrameworkOutcome to, int count, List<String> cases) { }

    public static RescreenReport of(RescreenResult result) {
        List<Impact> impact = new ArrayList<>();
        for (FrameworkImpact f : result.impact()) {
            List<Move> moves = new ArrayList<>();
            for (Transition t : f.transitions()) {
                moves.add(new Move(t.from(), t.to(), t.count(), numbers(t.cases())));
            }
            impact.add(new Impact(f.framework(), moved(f.movedIn()), moved(f.movedOut()), moves));
        }
        return new RescreenReport(result.run().id(), result.run().asOf(), result.run().trigger(),
                result.run().frameworks(), result.casesScreened(), impact);
    }

    private static Map<FrameworkOutcome, Moved> moved(Map<FrameworkOutcome, List<CaseRef>> byOutcome) {
        Map<FrameworkOutcome, Moved> out = new LinkedHashMap<>();
        byOutcome.forEach((outcome, refs) -> out.put(outcome, new Moved(refs.size(), numbers(refs))));
        return out;
    }

    private static List<String> numbers(List<CaseRef> refs) {
        List<String> out = new ArrayList<>(refs.size());
        for (CaseRef r : refs) {
            out.add(r.caseNumber());
        }
        return out;
    }
}
