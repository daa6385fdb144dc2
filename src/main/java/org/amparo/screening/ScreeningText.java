package org.amparo.screening;

import java.util.List;
import java.util.Objects;
import org.amparo.screening.FrameworkResult.CategoryResult;
import org.amparo.screening.ReliefResult.DerivativeResult;
import org.amparo.screening.ReliefResult.ElementResult;

/**
 * A plain-text rendering of screening documents for reading at a terminal: framework outcomes with the reasons of
 * every category that is not NO_MATCH, relief element by element with missing facts, deadlines, courthouse risk and
 * confidentiality. Not a stable format; use JSON for machines.
 */
public final class ScreeningText {

    private static final String RULE = "=".repeat(78);

    private final StringBuilder out = new StringBuilder();

    private ScreeningText() {
    }

    public static String render(List<ScreeningDocument> documents) {
        ScreeningText text = new ScreeningText();
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                text.line("").line(RULE).line("");
            }
            text.document(documents.get(i));
        }
        return text.out.toString();
    }

    private void document(ScreeningDocument d) {
        line("Screening of " + d.ref() + " as of " + d.asOf() + " (engine " + d.engineVersion() + ")");
        line(d.disclaimer());
        line("").line("ENFORCEMENT PRIORITIES");
        each(d.enforcement(), this::framework, "  (none evaluated)");
        line("").line("RELIEF");
        each(d.relief(), this::relief, "  (none screened)");
        line("").line("DEADLINES");
        each(d.deadlines(), this::deadline, "  (none)");
        line("").line("COURTHOUSE AND CHECK-IN RISK");
        each(d.courthouseRisk(), this::risk, "  (not assessed)");
        line("").line("CONFIDENTIALITY");
        Confidentiality c = d.confidentiality();
        line("  8 U.S.C. 1367 protection: " + (c != null && c.protected1367() ? "yes" : "no"));
        if (c != null && !isEmpty(c.abuserOnlyFacts())) {
            line("  facts whose only source is an abuser, perpetrator or trafficker: "
                    + String.join(", ", c.abuserOnlyFacts()));
        }
    }

    private void framework(FrameworkResult f) {
        line("  " + f.framework() + (f.inForceOnAsOf() ? " (in force on that date)" : "") + ": " + f.outcome());
        long quiet = 0;
        for (CategoryResult c : nonNull(f.categories())) {
            if (c.result() == CategoryOutcome.NO_MATCH) {
                quiet++;
                continue;
            }
            line("    - " + c.id() + ": " + c.result() + cited(c.citation()));
            nonNull(c.reasons()).forEach(r -> line("        " + r));
            listed("        facts", c.facts());
        }
        if (quiet > 0) {
            line("    (" + quiet + " other categor" + (quiet == 1 ? "y" : "ies") + ": NO_MATCH)");
        }
        FrameworkResult.Assessment a = f.assessment();
        if (a != null) {
            line("    public-safety assessment leaning: " + a.leaning());
            listed("      aggravating", a.aggravating());
            listed("      mitigating", a.mitigating());
        }
        listed("    missing facts", f.missingFacts());
    }

    private void relief(ReliefResult r) {
        line("  " + r.relief() + ": " + r.outcome());
        for (ElementResult e : nonNull(r.elements())) {
            line("    [" + e.result() + "] " + e.id() + (e.reason() == null ? "" : ": " + e.reason())
                    + cited(e.citation()));
        }
        listed("    waivers needed", r.waiversNeeded());
        for (DerivativeResult dr : nonNull(r.derivatives())) {
            line("    derivative " + dr.member() + " (" + dr.relationship() + "): " + dr.outcome()
                    + (dr.fileBy() == null ? "" : ", file by " + dr.fileBy())
                    + (dr.reason() == null ? "" : ": " + dr.reason()));
        }
        listed("    flags", r.flags());
        listed("    missing facts", r.missingFacts());
    }

    private void deadline(Deadline d) {
        line("  " + d.date() + "  " + d.status() + "  " + d.id() + (d.label() == null ? "" : "  " + d.label())
                + (d.member() == null ? "" : "  (family member " + d.member() + ")"));
    }

    private void risk(CourthouseRisk r) {
        line("  " + r.event() + " on " + r.date() + ": " + r.level());
        for (CourthouseRisk.Factor f : nonNull(r.factors())) {
            line("    " + f.direction() + " " + f.id() + (f.reason() == null ? "" : ": " + f.reason()));
        }
        listed("    safety plan", r.safetyPlan());
    }

    private <T> void each(List<T> items, java.util.function.Consumer<T> render, String whenEmpty) {
        if (isEmpty(items)) {
            line(whenEmpty);
        } else {
            nonNull(items).forEach(render);
        }
    }

    private void listed(String label, List<String> values) {
        if (!isEmpty(values)) {
            line(label + ": " + String.join(", ", nonNull(values)));
        }
    }

    private static String cited(String citation) {
        return citation == null || citation.isBlank() ? "" : " [" + citation + "]";
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private ScreeningText line(String text) {
        out.append(text).append(System.lineSeparator());
        return this;
    }
}
