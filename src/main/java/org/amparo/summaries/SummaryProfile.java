package org.amparo.summaries;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who a case summary is for, and so what it may hold. Redaction is by whitelist: a field is in a summary only if its
 * profile lists it (or an attorney included it with a logged reason, see {@link SummaryRequest#overrides()}).
 *
 * <ul>
 *   <li>{@code FULL}: the supervising attorney; everything.</li>
 *   <li>{@code REFERRAL}: a referral partner; no address, phone, e-mail, shelter, A-number, immigration-status detail
 *       (enforcement screening), nor anything 8 U.S.C. 1367 protects (U, T and VAWA relief, their deadlines and
 *       derivatives, adverse parties).</li>
 *   <li>{@code CLIENT}: a plain-language copy for her, with nothing about the abuser.</li>
 * </ul>
 */
public enum SummaryProfile {
    FULL(EnumSet.allOf(SummaryField.class)),
    REFERRAL(EnumSet.of(SummaryField.NAME, SummaryField.DATE_OF_BIRTH, SummaryField.LANGUAGES, SummaryField.CASE,
            SummaryField.RELIEF_UNPROTECTED, SummaryField.DEADLINES_UNPROTECTED, SummaryField.COURT_DATES,
            SummaryField.NOTES)),
    CLIENT(EnumSet.of(SummaryField.NAME, SummaryField.LANGUAGES, SummaryField.PHONES, SummaryField.EMAILS,
            SummaryField.CASE, SummaryField.RELIEF_UNPROTECTED, SummaryField.RELIEF_PROTECTED,
            SummaryField.DERIVATIVES, SummaryField.DEADLINES_UNPROTECTED, SummaryField.DEADLINES_PROTECTED,
            SummaryField.COURT_DATES, SummaryField.SAFETY_PLANS, SummaryField.NOTES));

    private final Set<SummaryField> fields;

    SummaryProfile(Set<SummaryField> fields) {
        this.fields = Set.copyOf(fields);
    }

    public boolean includes(SummaryField field) {
        return fields.contains(field);
    }

    /** The profile's name as the command line spells it ({@code full}, {@code referral}, {@code client}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code full}, {@code referral} or {@code client} (any case). */
    public static SummaryProfile of(String id) {
        for (SummaryProfile profile : values()) {
            if (profile.id().equalsIgnoreCase(id.strip())) {
                return profile;
            }
        }
        throw new IllegalArgumentException("Unknown profile '" + id + "': expected full, referral or client");
    }
}
