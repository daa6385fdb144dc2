package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * One enforcement-priority framework as versioned data (legal reference §0.1, §1). It is in force on
 * {@code [effectiveFrom, effectiveTo)}. {@code hasExemptClass} decides NOT_PRIORITY (true) versus REMOVABLE_UNLISTED
 * (false) when nothing applies. {@code assessmentCategory} names the public-safety category whose sole engagement
 * yields PUBLIC_SAFETY_ASSESSMENT (Mayorkas only). {@code kind} is {@code civil_removal} or
 * {@code criminal_prosecution}.
 */
public record FrameworkDefinition(
        String id,
        String instrument,
        String kind,
        LocalDate issued,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String supersededBy,
        String statusNotes,
        Boolean hasExemptClass,
        String exemptionNote,
        String assessmentCategory,
        List<String> sources,
        List<CategoryDefinition> categories) {

    public static final String CIVIL_REMOVAL = "civil_removal";

    public FrameworkDefinition {
        sources = sources == null ? List.of() : List.copyOf(sources);
        categories = categories == null ? List.of() : List.copyOf(categories);
        kind = kind == null ? CIVIL_REMOVAL : kind;
    }

    /** True when {@code date} falls in {@code [effectiveFrom, effectiveTo)}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
