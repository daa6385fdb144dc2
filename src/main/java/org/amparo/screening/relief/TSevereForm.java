package org.amparo.screening.relief;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.amparo.facts.TFacts;
import org.amparo.facts.TFacts.TraffickingType;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/** "Severe form of trafficking in persons" (LEGAL-REFERENCE §3.1): branches {@code t.sex} and {@code t.labor}. */
final class TSevereForm {

    static final String DEFINITION_CITE = "22 U.S.C. 7102 (severe forms of trafficking in persons; paragraph"
            + " number UNVERIFIED)";

    private TSevereForm() {
    }

    /** The branch findings followed by {@code t.el1_victim}, which is met when any evaluated branch is met. */
    static List<UtFinding> evaluate(TFacts t) {
        List<UtFinding> out = new ArrayList<>();
        String cite = "INA 101(a)(15)(T)(i)(I); " + DEFINITION_CITE;
        if (t.traffickingType() == null) {
            out.add(UtFinding.of("t.el1_victim", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "t.severe_form: whether the trafficking was for sex, labor or both is not recorded.", cite)
                    .missing("$.t.trafficking_type"));
            return out;
        }
        List<UtFinding> branches = new ArrayList<>();
        if (t.traffickingType() != TraffickingType.labor) {
            branches.add(sex(t));
        }
        if (t.traffickingType() != TraffickingType.sex) {
            branches.add(labor(t));
        }
        // The branches are shown for their reasons; only t.el1_victim (any branch met) limits the outcome.
        branches.forEach(b -> out.add(new UtFinding(b.element(), ReliefOutcome.ELIGIBLE, List.of(), b.flags())));
        out.add(victim(branches, cite));
        return out;
    }

    private static UtFinding victim(List<UtFinding> branches, String cite) {
        UtFinding best = branches.get(0);
        for (UtFinding b : branches) {
            if (b.cap().ordinal() < best.cap().ordinal()) {
                best = b;
            }
        }
        String which = best.element().id().equals("t.sex") ? "sex trafficking" : "labor trafficking";
        UtFinding f = UtFinding.of("t.el1_victim", best.result(), best.cap(),
                "t.severe_form: " + (best.result() == ElementOutcome.MET ? "victim of " + which + "."
                        : "no branch of the definition is shown yet (see t.sex / t.labor)."), cite);
        if (best.result() == ElementOutcome.MET) {
            return f;
        }
        List<String> missing = new ArrayList<>();
        branches.forEach(b -> missing.addAll(b.missing()));
        return f.missing(missing.toArray(String[]::new));
    }

    static UtFinding sex(TFacts t) {
        if (Boolean.TRUE.equals(t.commercialSexUnder18())) {
            return UtFinding.of("t.sex", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Induced to perform a commercial sex act while under 18: no force, fraud or coercion is needed.",
                    DEFINITION_CITE);
        }
        List<TFacts.Means> means = t.means();
        if (means != null && !means.isEmpty()) {
            return UtFinding.of("t.sex", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Commercial sex act induced by " + names(means) + ".", DEFINITION_CITE);
        }
        boolean minorUnknown = t.commercialSexUnder18() == null;
        if (means == null || minorUnknown) {
            UtFinding f = UtFinding.of("t.sex", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Sex trafficking needs force, fraud or coercion, unless she was under 18; "
                            + (means == null ? "the means are" : "her age at the commercial sex act is")
                            + " not recorded.", DEFINITION_CITE);
            return means == null ? f.missing("$.t.means") : f.missing("$.t.commercial_sex_under_18");
        }
        return UtFinding.of("t.sex", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                "An adult with no force, fraud or coercion recorded: not sex trafficking as defined.",
                DEFINITION_CITE);
    }

    static UtFinding labor(TFacts t) {
        List<TFacts.Means> means = t.means();
        List<TFacts.LaborPurpose> purpose = t.laborPurpose();
        if (means != null && means.isEmpty()) {
            return UtFinding.of("t.labor", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "Labor trafficking needs force, fraud or coercion; none is recorded.", DEFINITION_CITE);
        }
        if (purpose != null && purpose.isEmpty()) {
            return UtFinding.of("t.labor", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "The labor conditions recorded do not reach involuntary servitude, peonage, debt bondage or"
                            + " slavery.", DEFINITION_CITE);
        }
        if (means == null || purpose == null) {
            UtFinding f = UtFinding.of("t.labor", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Labor trafficking needs force, fraud or coercion for the purpose of servitude, peonage, debt"
                            + " bondage or slavery; part of this is not recorded.", DEFINITION_CITE);
            return means == null ? f.missing("$.t.means") : f.missing("$.t.labor_purpose");
        }
        return UtFinding.of("t.labor", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                "Labor obtained through " + names(means) + " for the purpose of " + names(purpose) + ".",
                DEFINITION_CITE);
    }

    private static String names(List<? extends Enum<?>> values) {
        StringJoiner names = new StringJoiner(", ");
        for (Enum<?> value : values) {
            names.add(value.name().replace('_', ' '));
        }
        return names.toString();
    }
}
